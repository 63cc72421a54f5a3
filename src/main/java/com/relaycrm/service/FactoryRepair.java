package com.relaycrm.service;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A part sent to the factory for repair (返修): received by the warehouse, later returned repaired. */
@Entity
public class FactoryRepair {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workOrderId;
    private String factoryReference;
    private String receivedBy;
    private Instant receivedAt;
    private String receiptNote;
    private String returnedBy;
    private Instant returnedAt;
    private String repairResult;
    private Boolean returnedToCustomer;

    protected FactoryRepair() {
    }

    FactoryRepair(Long workOrderId, String factoryReference, String receivedBy, String receiptNote) {
        this.workOrderId = workOrderId;
        this.factoryReference = factoryReference;
        this.receivedBy = receivedBy;
        this.receiptNote = receiptNote;
        this.receivedAt = Instant.now();
    }

    void returned(String by, String result, boolean toCustomer) {
        this.returnedBy = by;
        this.repairResult = result;
        this.returnedToCustomer = toCustomer;
        this.returnedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getWorkOrderId() {
        return workOrderId;
    }

    public String getFactoryReference() {
        return factoryReference;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getReceiptNote() {
        return receiptNote;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public String getRepairResult() {
        return repairResult;
    }

    public Boolean getReturnedToCustomer() {
        return returnedToCustomer;
    }
}
