package com.relaycrm.service;

import com.relaycrm.common.InvalidInputException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/** A work order (服务工单): one dispatch of a service request to an engineer, accepted or rejected, then worked. */
@Entity
public class WorkOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long serviceRequestId;
    private String engineerId;
    @Enumerated(EnumType.STRING)
    private WorkOrderStatus status;
    private String dispatchedBy;
    private Instant dispatchedAt;
    private String dispatchNote;
    private Instant decidedAt;
    private String rejectionReason;
    private BigDecimal labourHours;
    private boolean paidLabour;
    @Enumerated(EnumType.STRING)
    private RepairOutcome outcome;
    private String result;
    private Instant completedAt;

    protected WorkOrder() {
    }

    WorkOrder(Long serviceRequestId, String engineerId, String dispatchedBy, String dispatchNote) {
        this.serviceRequestId = serviceRequestId;
        this.engineerId = engineerId;
        this.dispatchedBy = dispatchedBy;
        this.dispatchNote = dispatchNote;
        this.dispatchedAt = Instant.now();
        this.status = WorkOrderStatus.DISPATCHED;
    }

    void accept() {
        requireStatus(WorkOrderStatus.DISPATCHED);
        status = WorkOrderStatus.ACCEPTED;
        decidedAt = Instant.now();
    }

    void reject(String reason) {
        requireStatus(WorkOrderStatus.DISPATCHED);
        status = WorkOrderStatus.REJECTED;
        rejectionReason = reason;
        decidedAt = Instant.now();
    }

    void complete(BigDecimal labourHours, boolean paidLabour, RepairOutcome outcome, String result) {
        requireStatus(WorkOrderStatus.ACCEPTED);
        this.labourHours = labourHours;
        this.paidLabour = paidLabour;
        this.outcome = outcome;
        this.result = result;
        this.status = WorkOrderStatus.COMPLETED;
        this.completedAt = Instant.now();
    }

    private void requireStatus(WorkOrderStatus expected) {
        if (status != expected) {
            throw new InvalidInputException("workOrderId", "work order " + id + " is " + status + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getServiceRequestId() {
        return serviceRequestId;
    }

    public String getEngineerId() {
        return engineerId;
    }

    public WorkOrderStatus getStatus() {
        return status;
    }

    public String getDispatchedBy() {
        return dispatchedBy;
    }

    public Instant getDispatchedAt() {
        return dispatchedAt;
    }

    public String getDispatchNote() {
        return dispatchNote;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public BigDecimal getLabourHours() {
        return labourHours;
    }

    public boolean isPaidLabour() {
        return paidLabour;
    }

    public RepairOutcome getOutcome() {
        return outcome;
    }

    public String getResult() {
        return result;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
