package com.relaycrm.loyalty;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A member exchanging points for a gift or a service (积分兑换), from request to hand-over or cancellation. */
@Entity
public class Redemption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    private String gift;
    private long points;
    @Enumerated(EnumType.STRING)
    private RedemptionStatus status;
    private String processInstanceId;
    private String requestedBy;
    private Instant requestedAt;
    private String decidedBy;
    private String decisionNote;
    private String fulfilledBy;
    private Instant fulfilledAt;
    private String handoverNote;

    protected Redemption() {
    }

    Redemption(long customerId, String gift, long points, String requestedBy) {
        this.customerId = customerId;
        this.gift = gift;
        this.points = points;
        this.status = RedemptionStatus.REQUESTED;
        this.requestedBy = requestedBy;
        this.requestedAt = Instant.now();
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void decided(boolean approved, String userId, String note) {
        this.decidedBy = userId;
        this.decisionNote = note;
        this.status = approved ? RedemptionStatus.APPROVED : RedemptionStatus.REJECTED;
    }

    public void deducted() {
        this.status = RedemptionStatus.DEDUCTED;
    }

    public void refused(String reason) {
        this.status = RedemptionStatus.REFUSED;
        this.decisionNote = reason;
    }

    public void handedOver(boolean delivered, String userId, String note) {
        this.status = delivered ? RedemptionStatus.DELIVERED : RedemptionStatus.CANCELLED;
        this.fulfilledBy = userId;
        this.fulfilledAt = Instant.now();
        this.handoverNote = note;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getGift() {
        return gift;
    }

    public long getPoints() {
        return points;
    }

    public RedemptionStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public String getFulfilledBy() {
        return fulfilledBy;
    }

    public Instant getFulfilledAt() {
        return fulfilledAt;
    }

    public String getHandoverNote() {
        return handoverNote;
    }
}
