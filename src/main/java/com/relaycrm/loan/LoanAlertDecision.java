package com.relaycrm.loan;

import com.relaycrm.rules.Decision;
import java.time.Duration;

/**
 * Question to the {@code alerts-loans} table: how long after the loan's expected date an alert of a kind is first
 * raised, and how often it is repeated until resolved.
 */
public class LoanAlertDecision extends Decision {

    private final String kind;
    private Duration firstAfter;
    private Duration repeatEvery;

    public LoanAlertDecision(AlertKind kind) {
        this.kind = kind.name();
    }

    /** Table condition: {@code *} matches every kind. */
    public boolean kindIs(String value) {
        return "*".equals(value.trim()) || value.trim().equalsIgnoreCase(kind);
    }

    /** Table action; an ISO-8601 duration after the expected date, e.g. {@code P1D}. */
    public void firstAfter(String duration, String rule) {
        if (claim(rule)) {
            this.firstAfter = Duration.parse(duration.trim());
        }
    }

    /** Table action; an ISO-8601 duration between repeated alerts, e.g. {@code P2D}. */
    public void repeatEvery(String duration, String rule) {
        if (claim(rule)) {
            Duration parsed = Duration.parse(duration.trim());
            if (parsed.isZero() || parsed.isNegative()) {
                throw new IllegalArgumentException("repeat interval must be positive: " + duration);
            }
            this.repeatEvery = parsed;
        }
    }

    @Override
    protected String missingOutcome() {
        return firstAfter == null ? "first-alert delay" : repeatEvery == null ? "repeat interval" : null;
    }

    public String getKind() {
        return kind;
    }

    public Duration getFirstAfter() {
        return firstAfter;
    }

    public Duration getRepeatEvery() {
        return repeatEvery;
    }

    @Override
    public String toString() {
        return "alert " + kind;
    }
}
