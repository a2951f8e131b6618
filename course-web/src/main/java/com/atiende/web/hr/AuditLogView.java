package com.atiende.web.hr;

import com.atiende.assessment.audit.AuditEntry;
import com.atiende.assessment.audit.AuditService;
import com.atiende.domain.audit.AuditAction;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit log for HR and administrators: newest first, paged in the database, filtered by action and person. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditService auditLog;

    private AuditAction action;
    private String who;

    private final LazyDataModel<AuditEntry> events = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(auditLog.count(action, who));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return auditLog.page(action, who, first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry event) {
            return String.valueOf(event.id());
        }
    };

    public LazyDataModel<AuditEntry> getEvents() {
        return events;
    }

    /** The event's detail in the reader's language. */
    public String detail(AuditEntry event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return new AuditDetailText(faces.getApplication().getResourceBundle(faces, "msg"),
                faces.getViewRoot().getLocale()).describe(event.action(), event.detail());
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }
}
