package com.atiende.assessment.notification;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs every kind of notification every hour on every instance, one kind after the other, so that they do not
 * compete for the mail server and a new kind needs no timer of its own. The timer is not persistent: Payara Micro's
 * persistent timers are not coordinated across a cluster, and need not be, since each notice is claimed in the
 * database before it is sent. A run that fails is logged, the other kinds still run, and the next hour tries again.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationJob {

    private static final Logger LOG = Logger.getLogger(NotificationJob.class.getName());

    @EJB
    private NotificationRunService notifications;

    @Inject
    private Instance<ClaimedNotification> kinds;

    @Schedule(hour = "*", minute = "17", persistent = false, info = "claimed notifications")
    void hourly() {
        for (ClaimedNotification kind : kinds) {
            try {
                notifications.run(kind);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, kind.name() + " run failed; the next one is in an hour", e);
            }
        }
    }
}
