package com.atiende.assessment.recertification;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts a recertification run every hour on every instance. The timer is not persistent: Payara Micro's persistent
 * timers are not coordinated across a cluster, and need not be, since each certificate is claimed in the database
 * ({@link RecertificationClaims}) before anything is done about it. A run that fails is logged and the next hour
 * tries again.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecertificationJob {

    private static final Logger LOG = Logger.getLogger(RecertificationJob.class.getName());

    @EJB
    private RecertificationService recertification;

    @Schedule(hour = "*", minute = "17", persistent = false, info = "recertification")
    void hourly() {
        try {
            recertification.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Recertification run failed; the next one is in an hour", e);
        }
    }
}
