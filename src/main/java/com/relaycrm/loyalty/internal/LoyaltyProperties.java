package com.relaycrm.loyalty.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Loyalty settings ({@code relay.loyalty.*}): the redemption size above which a sales manager approves, and how
 * often the expiry sweep runs (an ISO-8601 repeating interval such as {@code R/P1D}, read by the timer start event
 * of {@code points-expiry} through {@link LoyaltySchedule}), and within how long the owner welcomes an upgraded
 * member (the due date of that task); how long before points expire the member is warned by email, and where that
 * email and the upgrade email come from (sender, templates); and the largest single purchase a till, the order system
 * or a person may report (a larger amount is a typing error or an attack on the points, refused with a 400).
 */
@ConfigurationProperties("relay.loyalty")
public record LoyaltyProperties(long redemptionApprovalAbove, String expirySweepCycle, Duration welcomeWithin,
                                Period expiryWarningBefore, String mailFrom, String mailTemplatesLocation,
                                BigDecimal maxPurchaseAmount) {

    public LoyaltyProperties {
        if (maxPurchaseAmount == null || maxPurchaseAmount.signum() <= 0) {
            throw new IllegalArgumentException("relay.loyalty.max-purchase-amount must be a positive amount, e.g. 1000000.00");
        }
        if (redemptionApprovalAbove < 0) {
            throw new IllegalArgumentException("relay.loyalty.redemption-approval-above must be zero or more");
        }
        if (expirySweepCycle == null || !expirySweepCycle.startsWith("R")) {
            throw new IllegalArgumentException("relay.loyalty.expiry-sweep-cycle must be a repeating interval, e.g. R/P1D");
        }
        if (welcomeWithin == null || welcomeWithin.isNegative() || welcomeWithin.isZero()) {
            throw new IllegalArgumentException("relay.loyalty.welcome-within must be a positive duration, e.g. P3D");
        }
        if (expiryWarningBefore == null || expiryWarningBefore.isNegative() || expiryWarningBefore.isZero()) {
            throw new IllegalArgumentException("relay.loyalty.expiry-warning-before must be a positive period, e.g. P30D");
        }
    }
}
