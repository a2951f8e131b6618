package com.atiende.web.verify;

import com.atiende.assessment.certificate.CertificateService;
import com.atiende.assessment.certificate.Verification;
import com.atiende.assessment.credential.CodeFormat;
import com.atiende.web.common.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The public verification page. Opened with a code (/verify/{code}, or ?code=), it answers valid, expired, revoked or
 * unknown, with the holder, course and dates of a known certificate and nothing else for an unknown one; text that
 * cannot be a code is said to be so without a look-up. Every answer counts against the client's
 * {@link VerificationRateLimit}; over it, the page answers 429. The form sends a well-formed code to /verify/{code},
 * so every answer has an address one can bookmark or share.
 */
@Named
@RequestScoped
public class VerificationPage {

    @EJB
    private CertificateService certificates;

    @Inject
    private VerificationRateLimit rateLimit;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private HttpServletRequest request;

    private String typed;
    private String asked;
    private Verification result;
    private boolean malformed;
    private boolean limited;

    @PostConstruct
    void answer() {
        Object fromAddress = request.getAttribute(VerificationRoute.CODE);
        asked = fromAddress instanceof String code ? code : request.getParameter("code");
        if (asked == null || "POST".equals(request.getMethod())) {
            asked = null;
            return;
        }
        VerificationRateLimit.Admission admission = rateLimit.admit(clientAddress.of(request));
        if (!admission.granted()) {
            limited = true;
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", Long.toString(admission.retryAfterSeconds()));
            return;
        }
        Optional<String> code = CodeFormat.wellFormed(asked);
        if (code.isEmpty()) {
            malformed = true;
        } else {
            result = certificates.verify(code.get());
        }
    }

    /** The form: a well-formed code goes to its address; anything else is refused where it was typed. */
    public void check() throws IOException {
        Optional<String> code = CodeFormat.wellFormed(typed);
        if (code.isEmpty()) {
            Messages.error("verify:code", "verify.malformed");
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/verify/" + code.get());
    }

    /** Whether the page answers a code (rather than only offering the form). */
    public boolean isAnswered() {
        return asked != null;
    }

    public boolean isLimited() {
        return limited;
    }

    public boolean isMalformed() {
        return malformed;
    }

    public Verification getResult() {
        return result;
    }

    /** The bundle key of the answer's heading and the CSS class of its box, e.g. "valid". */
    public String getState() {
        if (limited) {
            return "limited";
        }
        if (malformed) {
            return "malformed";
        }
        return result == null ? "" : result.status().name().toLowerCase(Locale.ROOT);
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }
}
