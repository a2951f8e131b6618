package com.atiende.web.hr;

import com.atiende.assessment.audit.AuditEntry;
import com.atiende.assessment.audit.AuditService;
import com.atiende.domain.audit.AuditAction;
import com.atiende.web.common.KeysetDataModel;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** The audit log for HR and administrators: newest first, paged by key in the database, filtered by action and person. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditService auditLog;

    private AuditAction action;
    private String who;

    private final KeysetDataModel<AuditEntry, AuditEntry.Key> events = new KeysetDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        protected long total() {
            return auditLog.count(action, who);
        }

        @Override
        protected List<AuditEntry> page(AuditEntry.Key after, int size) {
            return auditLog.page(action, who, after, size);
        }

        @Override
        protected AuditEntry.Key keyOf(AuditEntry event) {
            return event.key();
        }

        @Override
        public String getRowKey(AuditEntry event) {
            return String.valueOf(event.id());
        }
    };

    public KeysetDataModel<AuditEntry, AuditEntry.Key> getEvents() {
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
        if (action != this.action) {
            events.restart();
        }
        this.action = action;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        if (!Objects.equals(who, this.who)) {
            events.restart();
        }
        this.who = who;
    }
}
