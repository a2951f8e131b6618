package com.atiende.web.hr;

import com.atiende.assessment.AssessmentException;
import com.atiende.assessment.registry.CertificateFilter;
import com.atiende.assessment.registry.CertificateRegisterService;
import com.atiende.assessment.registry.RegisteredCertificate;
import com.atiende.web.common.DownloadLinks;
import com.atiende.web.common.KeysetDataModel;
import com.atiende.web.common.LocaleSelection;
import com.atiende.web.common.Messages;
import com.atiende.web.security.CurrentUser;
import com.atiende.web.verify.ClientAddress;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HR's register of certificates: filtered by course, department and period of issue, paged by key in the database, with
 * a PDF of each, all of the filter as one ZIP, and revocation with a reason (in a dialog, audit-logged).
 */
@Named
@ViewScoped
public class CertificatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CertificateRegisterService registry;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private LocaleSelection localeSelection;

    private String courseCode;
    private String department;
    private LocalDate issuedFrom;
    private LocalDate issuedUntil;
    private CertificateFilter applied = CertificateFilter.NONE;
    /** How many certificates the applied filter matches, as last counted; null until counted. */
    private Long matching;

    private RegisteredCertificate toRevoke;
    private String reason;

    private final KeysetDataModel<RegisteredCertificate, RegisteredCertificate.Key> certificates =
            new KeysetDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        protected long total() {
            matching = registry.count(applied);
            return matching;
        }

        @Override
        protected List<RegisteredCertificate> page(RegisteredCertificate.Key after, int size) {
            return registry.page(applied, after, size);
        }

        @Override
        protected RegisteredCertificate.Key keyOf(RegisteredCertificate certificate) {
            return certificate.key();
        }

        @Override
        public String getRowKey(RegisteredCertificate certificate) {
            return Long.toString(certificate.certificateId());
        }
    };

    /**
     * Applies the filter fields to the table and the ZIP link; a period that ends before it begins is refused next to
     * its first day, and the table keeps the filter it had.
     */
    public void apply() {
        CertificateFilter filter = new CertificateFilter(courseCode, department, issuedFrom, issuedUntil);
        if (filter.isPeriodReversed()) {
            Messages.error("certificates:from", "certificates.periodReversed");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        applied = filter;
        matching = null;
        certificates.restart();
    }

    /**
     * How many certificates the ZIP would hold: the link names the number, and is not offered for none. Counted
     * here when the page is drawn before the table has counted (the link comes first); the table's own count keeps it
     * current as it pages.
     */
    public long getMatching() {
        if (matching == null) {
            matching = registry.count(applied);
        }
        return matching;
    }

    /** Opens the revocation dialog for a certificate. */
    public void prepareRevoke(RegisteredCertificate certificate) {
        toRevoke = certificate;
        reason = null;
    }

    public void revoke() {
        if (toRevoke == null) {
            return;
        }
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            RegisteredCertificate revoked = registry.revoke(toRevoke.certificateId(), reason, currentUser.email(),
                    clientAddress.of(request));
            Messages.info("certificates.revoked", revoked.verificationCode(), revoked.holderName());
            toRevoke = null;
        } catch (AssessmentException e) {
            Messages.error(null, e.getMessageKey(), e.getArguments());
        }
    }

    /** The ZIP of every certificate of the applied filter. */
    public String getZipUrl() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("course", applied.courseCode());
        parameters.put("department", applied.department());
        parameters.put("from", applied.issuedFrom());
        parameters.put("to", applied.issuedUntil());
        parameters.put("lang", localeSelection.getLanguage());
        return DownloadLinks.of("/hr/certificates.zip", parameters);
    }

    public KeysetDataModel<RegisteredCertificate, RegisteredCertificate.Key> getCertificates() {
        return certificates;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(String courseCode) {
        this.courseCode = courseCode;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public LocalDate getIssuedFrom() {
        return issuedFrom;
    }

    public void setIssuedFrom(LocalDate issuedFrom) {
        this.issuedFrom = issuedFrom;
    }

    public LocalDate getIssuedUntil() {
        return issuedUntil;
    }

    public void setIssuedUntil(LocalDate issuedUntil) {
        this.issuedUntil = issuedUntil;
    }

    public RegisteredCertificate getToRevoke() {
        return toRevoke;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
