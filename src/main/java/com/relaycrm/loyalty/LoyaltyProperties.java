package com.relaycrm.loyalty;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Loyalty settings ({@code relay.loyalty.*}): the redemption size above which a sales manager approves, and how
 * often the expiry sweep runs (an ISO-8601 repeating interval such as {@code R/P1D}, read by the timer start event
 * of {@code points-expiry} through {@link LoyaltySchedule}), and within how long the owner welcomes an upgraded
 * member (the due date of that task).
 */
@ConfigurationProperties("relay.loyalty")
public record LoyaltyProperties(long redemptionApprovalAbove, String expirySweepCycle, Duration welcomeWithin) {

    public LoyaltyProperties {
        if (redemptionApprovalAbove < 0) {
            throw new IllegalArgumentException("relay.loyalty.redemption-approval-above must be zero or more");
        }
        if (expirySweepCycle == null || !expirySweepCycle.startsWith("R")) {
            throw new IllegalArgumentException("relay.loyalty.expiry-sweep-cycle must be a repeating interval, e.g. R/P1D");
        }
        if (welcomeWithin == null || welcomeWithin.isNegative() || welcomeWithin.isZero()) {
            throw new IllegalArgumentException("relay.loyalty.welcome-within must be a positive duration, e.g. P3D");
        }
    }
}
