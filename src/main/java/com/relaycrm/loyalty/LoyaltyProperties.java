package com.relaycrm.loyalty;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Loyalty settings ({@code relay.loyalty.*}): the redemption size above which a sales manager approves, and how
 * often the expiry sweep runs (an ISO-8601 repeating interval such as {@code R/P1D}, read by the timer start event
 * of {@code points-expiry} through {@link LoyaltySchedule}).
 */
@ConfigurationProperties("relay.loyalty")
public record LoyaltyProperties(long redemptionApprovalAbove, String expirySweepCycle) {

    public LoyaltyProperties {
        if (redemptionApprovalAbove < 0) {
            throw new IllegalArgumentException("relay.loyalty.redemption-approval-above must be zero or more");
        }
        if (expirySweepCycle == null || !expirySweepCycle.startsWith("R")) {
            throw new IllegalArgumentException("relay.loyalty.expiry-sweep-cycle must be a repeating interval, e.g. R/P1D");
        }
    }
}
