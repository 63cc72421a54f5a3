package com.relaycrm.loyalty;

import com.relaycrm.loyalty.internal.Posting;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the points ledger (积分明细). Append-only: there are no setters; a correction is a new entry. It
 * carries the balances after it, the source document, and the rule and table version that decided the points.
 */
@Entity
public class PointsEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    @Enumerated(EnumType.STRING)
    private EntryType entryType;
    private long points;
    private long availableAfter;
    private long accumulatedAfter;
    private String sourceType;
    private String sourceReference;
    private String accrualKey;
    private String ruleName;
    private String tableVersion;
    private LocalDate expiresOn;
    private String description;
    private String createdBy;
    private Instant createdAt;

    protected PointsEntry() {
    }

    public PointsEntry(long customerId, EntryType entryType, long points, PointsAccount after, Posting posting,
                String createdBy) {
        this.customerId = customerId;
        this.entryType = entryType;
        this.points = points;
        this.availableAfter = after.getAvailablePoints();
        this.accumulatedAfter = after.getAccumulatedPoints();
        this.sourceType = posting.sourceType();
        this.sourceReference = posting.sourceReference();
        this.accrualKey = entryType == EntryType.ACCRUAL ? posting.sourceType() + ":" + posting.sourceReference() : null;
        this.ruleName = posting.rule();
        this.tableVersion = posting.tableVersion();
        this.expiresOn = posting.expiresOn();
        this.description = posting.description();
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public EntryType getEntryType() {
        return entryType;
    }

    public long getPoints() {
        return points;
    }

    public long getAvailableAfter() {
        return availableAfter;
    }

    public long getAccumulatedAfter() {
        return accumulatedAfter;
    }

    public String getSourceType() {
        return sourceType;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public String getRuleName() {
        return ruleName;
    }

    public String getTableVersion() {
        return tableVersion;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getDescription() {
        return description;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
