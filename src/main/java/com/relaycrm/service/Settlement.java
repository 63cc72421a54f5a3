package com.relaycrm.service;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Service charges (服务结算) raised when the asset is out of warranty (parts and labour) or the customer pays for
 * labour; settled by service staff.
 */
@Entity
public class Settlement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long serviceRequestId;
    private String reason;
    private BigDecimal partsAmount;
    private BigDecimal labourAmount;
    private BigDecimal totalAmount;
    @Enumerated(EnumType.STRING)
    private PaymentMethod paymentMethod;
    private String invoiceNumber;
    private boolean paid;
    private String settledBy;
    private Instant settledAt;
    private Instant createdAt;

    protected Settlement() {
    }

    Settlement(Long serviceRequestId, String reason, BigDecimal partsAmount, BigDecimal labourAmount) {
        this.serviceRequestId = serviceRequestId;
        this.reason = reason;
        this.partsAmount = partsAmount;
        this.labourAmount = labourAmount;
        this.totalAmount = partsAmount.add(labourAmount);
        this.createdAt = Instant.now();
    }

    void settle(PaymentMethod method, String invoiceNumber, boolean paid, String by) {
        this.paymentMethod = method;
        this.invoiceNumber = invoiceNumber;
        this.paid = paid;
        this.settledBy = by;
        this.settledAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getServiceRequestId() {
        return serviceRequestId;
    }

    public String getReason() {
        return reason;
    }

    public BigDecimal getPartsAmount() {
        return partsAmount;
    }

    public BigDecimal getLabourAmount() {
        return labourAmount;
    }

    public BigDecimal getTotalAmount() {
        return totalAmount;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public boolean isPaid() {
        return paid;
    }

    public String getSettledBy() {
        return settledBy;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
