package com.relaycrm.loyalty.process;

import com.relaycrm.loyalty.internal.LoyaltyProperties;
import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Exposes loyalty timings to the diagrams, so periods are configuration, not part of a diagram: the expiry sweep
 * cycle to the timer start event of {@code points-expiry} ({@code ${loyaltySchedule.expirySweepCycle}}) and the
 * welcome task's due date to {@code consumption-points} ({@code ${loyaltySchedule.welcomeDue}}).
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

    /** Due date of the "Welcome the upgraded member" task ({@code ${loyaltySchedule.welcomeDue}}): now + welcome-within. */
    public Date getWelcomeDue() {
        return Date.from(Instant.now().plus(properties.welcomeWithin()));
    }
}
