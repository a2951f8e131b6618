package com.atiende.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing somebody did that HR and administrators must be able to account for later: a sign-in, a role
 * change, a publication, an assignment, an export, the use of an API token. Events are written once and never
 * changed; the actor is kept as text so the record survives the account.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** Longest detail kept; longer ones are cut, since the log is evidence, not storage. */
    public static final int MAX_DETAIL = 1000;

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "actor", nullable = false, length = 254)
    private String actor;

    @Column(name = "subject", length = 254)
    private String subject;

    @Column(name = "detail", length = MAX_DETAIL)
    private String detail;

    @Column(name = "source_address", length = 64)
    private String sourceAddress;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, AuditAction action, String actor, String subject, String detail,
                      String sourceAddress) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.action = Objects.requireNonNull(action, "action");
        this.actor = actor == null || actor.isBlank() ? "anonymous" : cut(actor, 254);
        this.subject = subject == null ? null : cut(subject, 254);
        this.detail = detail == null ? null : cut(detail, MAX_DETAIL);
        this.sourceAddress = sourceAddress == null ? null : cut(sourceAddress, 64);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }
}
