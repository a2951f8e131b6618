package com.atiende.domain.course;


import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A course's rules for passing its scenarios and for attempting them, as one value: it is created whole and never
 * changed, like the published course that holds it. The arithmetic itself lives in {@link Scoring}.
 */
@Embeddable
public class PassRules {

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_floor", joinColumns = @JoinColumn(name = "course_id"))
    @MapKeyColumn(name = "competency_code", length = 64)
    @Column(name = "min_score", nullable = false)
    private Map<String, Integer> floors = new HashMap<>();

    @Column(name = "attempts_allowed", nullable = false)
    private int attemptsAllowed;

    @Enumerated(EnumType.STRING)
    @Column(name = "attempt_kept", nullable = false, length = 8)
    private AttemptKept attemptKept;

    @Column(name = "cooldown_minutes", nullable = false)
    private int cooldownMinutes;

    @Column(name = "attempt_expiry_days", nullable = false)
    private int attemptExpiryDays;

    protected PassRules() {
        // for JPA
    }

    /**
     * @param passMark          overall score 1-100 needed to pass a scenario
     * @param floors            minimum score per competency code
     * @param attemptsAllowed   attempts per scenario; 0 means unlimited
     * @param attemptKept       which attempt counts
     * @param cooldownMinutes   wait between two attempts of one scenario
     * @param attemptExpiryDays how long an unfinished attempt can be resumed
     */
    public PassRules(int passMark, Map<String, Integer> floors, int attemptsAllowed, AttemptKept attemptKept,
                     int cooldownMinutes, int attemptExpiryDays) {
        if (passMark < 1 || passMark > 100) {
            throw new IllegalArgumentException("pass mark must be 1-100, not " + passMark);
        }
        if (attemptsAllowed < 0 || cooldownMinutes < 0 || attemptExpiryDays < 1) {
            throw new IllegalArgumentException("attempts and cooldown must be >= 0 and expiry >= 1 day");
        }
        this.passMark = passMark;
        this.floors = new HashMap<>(floors);
        this.attemptsAllowed = attemptsAllowed;
        this.attemptKept = Objects.requireNonNull(attemptKept, "attemptKept");
        this.cooldownMinutes = cooldownMinutes;
        this.attemptExpiryDays = attemptExpiryDays;
    }

    /** Decides whether a scored path passes: overall score, every applicable floor, and no critical choice. */
    public PassVerdict evaluate(ScenarioScore score, boolean tookCriticalChoice) {
        return Scoring.verdict(score, passMark, floors, tookCriticalChoice);
    }

    public int getPassMark() {
        return passMark;
    }

    public Map<String, Integer> getFloors() {
        return Collections.unmodifiableMap(floors);
    }

    public int getAttemptsAllowed() {
        return attemptsAllowed;
    }

    public boolean isAttemptsUnlimited() {
        return attemptsAllowed == 0;
    }

    public AttemptKept getAttemptKept() {
        return attemptKept;
    }

    public int getCooldownMinutes() {
        return cooldownMinutes;
    }

    public int getAttemptExpiryDays() {
        return attemptExpiryDays;
    }
}
