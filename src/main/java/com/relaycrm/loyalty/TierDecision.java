package com.relaycrm.loyalty;

import com.relaycrm.customer.MemberTier;
import com.relaycrm.rules.Decision;

/** Question to the {@code points-tiers} table: the tier that accumulated points qualify for. */
public class TierDecision extends Decision {

    private final long accumulated;
    private MemberTier tier;

    public TierDecision(long accumulated) {
        this.accumulated = accumulated;
    }

    /** Table condition. */
    public boolean accumulatedAtLeast(long threshold) {
        return accumulated >= threshold;
    }

    /** Table action. */
    public void tier(String tier, String rule) {
        if (claim(rule)) {
            this.tier = MemberTier.valueOf(tier.trim().toUpperCase());
        }
    }

    @Override
    protected String missingOutcome() {
        return tier == null ? "tier" : null;
    }

    public long getAccumulated() {
        return accumulated;
    }

    public MemberTier getTier() {
        return tier;
    }

    @Override
    public String toString() {
        return "accumulated points " + accumulated;
    }
}
