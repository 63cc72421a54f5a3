package com.relaycrm.service.internal;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Service desk settings ({@code relay.service.*}): the labour rate charged when labour is paid, the return-visit
 * score below which the service manager must follow up, and the service report's first-reply and resolution targets.
 */
@ConfigurationProperties("relay.service")
public record ServiceProperties(BigDecimal labourRatePerHour, int followUpBelowScore,
                                java.time.Duration firstReplyTarget, java.time.Duration resolutionTarget) {

    public ServiceProperties {
        // the service report's targets: first reply within an hour, resolution within a day unless configured
        firstReplyTarget = firstReplyTarget == null ? java.time.Duration.ofHours(1) : firstReplyTarget;
        resolutionTarget = resolutionTarget == null ? java.time.Duration.ofHours(24) : resolutionTarget;
        if (labourRatePerHour == null || labourRatePerHour.signum() < 0) {
            throw new IllegalArgumentException("relay.service.labour-rate-per-hour must be zero or more");
        }
        if (followUpBelowScore < 1 || followUpBelowScore > 6) {
            throw new IllegalArgumentException("relay.service.follow-up-below-score must be between 1 and 6");
        }
    }
}
