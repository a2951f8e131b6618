package com.atiende.assessment.reminder;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts a run of due-date reminders every hour on every instance; not a persistent timer, for the reason
 * recertification's is not: each reminder is claimed in the database before it is sent. A run that fails is logged
 * and the next hour tries again.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DueReminderJob {

    private static final Logger LOG = Logger.getLogger(DueReminderJob.class.getName());

    @EJB
    private DueReminderService reminders;

    @Schedule(hour = "*", minute = "47", persistent = false, info = "due-date reminders")
    void hourly() {
        try {
            reminders.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Due-date reminder run failed; the next one is in an hour", e);
        }
    }
}
