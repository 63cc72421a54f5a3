package com.relaycrm.loyalty;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A purchase reported by a till or the order system. Unique by source and external transaction id, so a
 * transaction reported twice is recognised and earns once.
 */
@Entity
public class Consumption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    private String sourceType;
    private String externalId;
    private BigDecimal amount;
    private Instant occurredAt;
    private String linesText;
    private Long pointsEntryId;
    private String processInstanceId;
    private String createdBy;
    private Instant createdAt;

    protected Consumption() {
    }

    Consumption(long customerId, String sourceType, String externalId, BigDecimal amount, Instant occurredAt,
                String linesText, String createdBy) {
        this.customerId = customerId;
        this.sourceType = sourceType;
        this.externalId = externalId;
        this.amount = amount;
        this.occurredAt = occurredAt;
        this.linesText = linesText;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public void posted(long entryId) {
        this.pointsEntryId = entryId;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getSourceType() {
        return sourceType;
    }

    public String getExternalId() {
        return externalId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getLinesText() {
        return linesText;
    }

    public Long getPointsEntryId() {
        return pointsEntryId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
