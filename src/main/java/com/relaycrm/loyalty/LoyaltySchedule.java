package com.relaycrm.loyalty;

import org.springframework.stereotype.Component;

/**
 * Exposes the configured expiry sweep cycle to the timer start event of {@code points-expiry}
 * ({@code ${loyaltySchedule.expirySweepCycle}}), so the period is configuration, not part of the diagram.
 */
@Component("loyaltySchedule")
public class LoyaltySchedule {

    private final LoyaltyProperties properties;

    LoyaltySchedule(LoyaltyProperties properties) {
        this.properties = properties;
    }

    public String getExpirySweepCycle() {
        return properties.expirySweepCycle();
    }
}
