package com.atiende.web.hr;

import com.atiende.assessment.registry.CertificateRegisterService;
import com.atiende.assessment.registry.ExpiringCertificate;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * "Caducan pronto": the certificates that expire within the next 30, 60 or 90 days, and whether the recertification
 * job has enrolled and told each holder yet.
 */
@Named
@RequestScoped
public class ExpiringPage {

    /** The periods HR can choose, in days. */
    public static final List<Integer> PERIODS = List.of(30, 60, 90);

    @EJB
    private CertificateRegisterService registry;

    private int days = 60;
    private List<ExpiringCertificate> expiring;

    public List<ExpiringCertificate> getExpiring() {
        if (expiring == null) {
            expiring = registry.expiring(days);
        }
        return expiring;
    }

    public List<Integer> getPeriods() {
        return PERIODS;
    }

    public int getDays() {
        return days;
    }

    /** From the address (?days=); anything but a listed period keeps the default. */
    public void setDays(int days) {
        if (PERIODS.contains(days)) {
            this.days = days;
        }
    }
}
