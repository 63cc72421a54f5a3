package com.relaycrm.expense.approval;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A delegation while away (工作任务委托): from {@code startsAt} until {@code endsAt}, or until recalled, the
 * delegator's approval tasks go to the substitute. {@code returnedAt} marks that the substitute's unfinished
 * delegated tasks have gone back.
 */
@Entity
public class ApprovalDelegation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String delegator;
    private String substitute;
    private Instant startsAt;
    private Instant endsAt;
    private Instant createdAt;
    private Instant recalledAt;
    private Instant returnedAt;

    protected ApprovalDelegation() {
    }

    ApprovalDelegation(String delegator, String substitute, Instant startsAt, Instant endsAt) {
        this.delegator = delegator;
        this.substitute = substitute;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.createdAt = Instant.now();
    }

    boolean activeAt(Instant at) {
        return recalledAt == null && !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    void recall(Instant at) {
        this.recalledAt = at;
    }

    void returned(Instant at) {
        this.returnedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getDelegator() {
        return delegator;
    }

    public String getSubstitute() {
        return substitute;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRecalledAt() {
        return recalledAt;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }
}
