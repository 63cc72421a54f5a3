package com.relaycrm.loyalty;

import com.relaycrm.customer.MemberTier;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One entry of a member's change history (变动历史): a tier change, why, and (after an upgrade) the welcome. */
@Entity
public class TierChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    @Enumerated(EnumType.STRING)
    private MemberTier oldTier;
    @Enumerated(EnumType.STRING)
    private MemberTier newTier;
    private long accumulatedPoints;
    private String ruleName;
    private String tableVersion;
    private String reason;
    private String changedBy;
    private Instant changedAt;
    private String welcomedBy;
    private Instant welcomedAt;
    private String welcomeNote;

    protected TierChange() {
    }

    public TierChange(long customerId, MemberTier oldTier, MemberTier newTier, long accumulatedPoints, String ruleName,
               String tableVersion, String reason, String changedBy) {
        this.customerId = customerId;
        this.oldTier = oldTier;
        this.newTier = newTier;
        this.accumulatedPoints = accumulatedPoints;
        this.ruleName = ruleName;
        this.tableVersion = tableVersion;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = Instant.now();
    }

    public void welcomed(String userId, String note) {
        this.welcomedBy = userId;
        this.welcomedAt = Instant.now();
        this.welcomeNote = note;
    }

    public boolean isUpgrade() {
        return newTier.ordinal() > oldTier.ordinal();
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public MemberTier getOldTier() {
        return oldTier;
    }

    public MemberTier getNewTier() {
        return newTier;
    }

    public long getAccumulatedPoints() {
        return accumulatedPoints;
    }

    public String getRuleName() {
        return ruleName;
    }

    public String getTableVersion() {
        return tableVersion;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getWelcomedBy() {
        return welcomedBy;
    }

    public Instant getWelcomedAt() {
        return welcomedAt;
    }

    public String getWelcomeNote() {
        return welcomeNote;
    }
}
