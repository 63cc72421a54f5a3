package com.relaycrm.loan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One kind of alert (借出预警) on one loan: when it was first and last raised, how often, and when it was resolved. */
@Entity
public class LoanAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long loanId;
    @Enumerated(EnumType.STRING)
    private AlertKind kind;
    private String ruleName;
    private Instant firstRaisedAt;
    private Instant lastRaisedAt;
    private int timesRaised;
    private Instant resolvedAt;

    protected LoanAlert() {
    }

    public LoanAlert(long loanId, AlertKind kind, String ruleName, Instant at) {
        this.loanId = loanId;
        this.kind = kind;
        this.ruleName = ruleName;
        this.firstRaisedAt = at;
        this.lastRaisedAt = at;
        this.timesRaised = 1;
    }

    public void raisedAgain(String ruleName, Instant at) {
        this.ruleName = ruleName;
        this.lastRaisedAt = at;
        this.timesRaised++;
    }

    void resolved() {
        if (resolvedAt == null) {
            resolvedAt = Instant.now();
        }
    }

    public Long getId() {
        return id;
    }

    public Long getLoanId() {
        return loanId;
    }

    public AlertKind getKind() {
        return kind;
    }

    public String getRuleName() {
        return ruleName;
    }

    public Instant getFirstRaisedAt() {
        return firstRaisedAt;
    }

    public Instant getLastRaisedAt() {
        return lastRaisedAt;
    }

    public int getTimesRaised() {
        return timesRaised;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
