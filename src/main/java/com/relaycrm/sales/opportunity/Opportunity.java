package com.relaycrm.sales.opportunity;

import com.relaycrm.common.Idempotency;
import com.relaycrm.common.IdempotentEntry;
import com.relaycrm.common.InvalidInputException;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A sales opportunity (销售机会) moving through its stages. */
@Entity
public class Opportunity implements Idempotency.Keyed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private Long customerId;
    private String ownerId;
    private String departmentCode;
    private BigDecimal amount;
    private LocalDate expectedCloseOn;
    @Enumerated(EnumType.STRING)
    private OpportunityStage stage;
    @Enumerated(EnumType.STRING)
    private OpportunityStatus status;
    private String failureReason;
    private LocalDate dormantUntil;
    private Long leadId;
    private String processInstanceId;
    private Instant createdAt;
    private Instant lastActivityAt;
    private Instant closedAt;
    private Instant recycledAt;

    /** Who opened it (the owner may change later); null on opportunities opened before V95. */
    private String createdBy;
    /** The client's Idempotency-Key it was opened under over /api (unique per createdBy) and its request's digest. */
    @Embedded
    private IdempotentEntry idempotentEntry;

    protected Opportunity() {
    }

    Opportunity(String name, Long customerId, String ownerId, String departmentCode, BigDecimal amount,
                LocalDate expectedCloseOn, Long leadId) {
        this.name = name;
        this.customerId = customerId;
        this.ownerId = ownerId;
        this.createdBy = ownerId;
        this.departmentCode = departmentCode;
        this.amount = amount;
        this.expectedCloseOn = expectedCloseOn;
        this.leadId = leadId;
        this.stage = OpportunityStage.NEW;
        this.status = OpportunityStatus.OPEN;
        this.createdAt = Instant.now();
        this.lastActivityAt = createdAt;
    }

    /** Opened under the client's Idempotency-Key for this request (its digest): a retry answers this opportunity. */
    void enteredUnder(String idempotencyKey, String requestDigest) {
        this.idempotentEntry = new IdempotentEntry(idempotencyKey, requestDigest);
    }

    @Override
    public IdempotentEntry idempotentEntry() {
        return idempotentEntry;
    }

    /** Binds the stage process; an opportunity has one, and a second process is refused. */
    void attachProcess(String processInstanceId) {
        if (this.processInstanceId != null && !this.processInstanceId.equals(processInstanceId)) {
            throw new InvalidInputException("opportunityId", "opportunity " + id + " already has its stage process");
        }
        this.processInstanceId = processInstanceId;
    }

    void moveTo(OpportunityStage next) {
        this.stage = next;
        this.lastActivityAt = Instant.now();
        if (next == OpportunityStage.WON) {
            this.status = OpportunityStatus.WON;
            this.closedAt = lastActivityAt;
        }
    }

    void lost(String reason) {
        this.status = OpportunityStatus.LOST;
        this.failureReason = reason;
        this.closedAt = Instant.now();
        this.lastActivityAt = closedAt;
    }

    void dormant(LocalDate until) {
        this.status = OpportunityStatus.DORMANT;
        this.dormantUntil = until;
        this.lastActivityAt = Instant.now();
    }

    void wokeUp() {
        this.status = OpportunityStatus.OPEN;
        this.dormantUntil = null;
        this.lastActivityAt = Instant.now();
    }

    /** Untouched too long: the owner loses it; the next rep to act on it adopts it. */
    void recycled() {
        this.ownerId = null;
        this.recycledAt = Instant.now();
    }

    void adoptedBy(String userId) {
        this.ownerId = userId;
        this.recycledAt = null;
        this.lastActivityAt = Instant.now();
    }

    public boolean isRecycled() {
        return recycledAt != null;
    }

    void touched() {
        this.lastActivityAt = Instant.now();
    }

    public boolean isOpen() {
        return status == OpportunityStatus.OPEN || status == OpportunityStatus.DORMANT;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public Long getCustomerId() { return customerId; }
    public String getOwnerId() { return ownerId; }
    public String getDepartmentCode() { return departmentCode; }
    public BigDecimal getAmount() { return amount; }
    public LocalDate getExpectedCloseOn() { return expectedCloseOn; }
    public OpportunityStage getStage() { return stage; }
    public String getStageLabel() { return stage.label(); }
    public OpportunityStatus getStatus() { return status; }
    public String getFailureReason() { return failureReason; }
    public LocalDate getDormantUntil() { return dormantUntil; }
    public Long getLeadId() { return leadId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastActivityAt() { return lastActivityAt; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getRecycledAt() { return recycledAt; }
}
