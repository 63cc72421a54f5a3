package com.relaycrm.loyalty;

import com.relaycrm.customer.MemberTier;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A member's points balances: available (有效积分) and accumulated (累计积分). Only {@code internal.PointsLedger} changes them,
 * always together with a ledger entry, under a row lock so concurrent postings queue instead of losing updates;
 * the version column catches any writer that forgot the lock.
 */
@Entity
public class PointsAccount {

    @Id
    private Long customerId;
    private long availablePoints;
    private long accumulatedPoints;
    @Enumerated(EnumType.STRING)
    private MemberTier tier;
    @Version
    private Long version;
    private Instant updatedAt;

    protected PointsAccount() {
    }

    public PointsAccount(long customerId, MemberTier tier) {
        this.customerId = customerId;
        this.tier = tier;
        this.updatedAt = Instant.now();
    }

    /** Applies a signed amount; earning (positive accruals and bonuses) also counts towards the accumulated total. */
    public void apply(long points, boolean countsTowardsAccumulated) {
        if (availablePoints + points < 0) {
            throw new IllegalStateException("points account of customer " + customerId + " would become negative");
        }
        availablePoints += points;
        if (countsTowardsAccumulated && points > 0) {
            accumulatedPoints += points;
        }
        updatedAt = Instant.now();
    }

    public void tier(MemberTier tier) {
        this.tier = tier;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public long getAvailablePoints() {
        return availablePoints;
    }

    public long getAccumulatedPoints() {
        return accumulatedPoints;
    }

    public MemberTier getTier() {
        return tier;
    }

    public Long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
