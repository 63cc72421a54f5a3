package com.relaycrm.service;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Service desk settings ({@code relay.service.*}): the labour rate charged when labour is paid, and the return-visit
 * score below which the service manager must follow up.
 */
@ConfigurationProperties("relay.service")
public record ServiceProperties(BigDecimal labourRatePerHour, int followUpBelowScore) {

    public ServiceProperties {
        if (labourRatePerHour == null || labourRatePerHour.signum() < 0) {
            throw new IllegalArgumentException("relay.service.labour-rate-per-hour must be zero or more");
        }
        if (followUpBelowScore < 1 || followUpBelowScore > 6) {
            throw new IllegalArgumentException("relay.service.follow-up-below-score must be between 1 and 6");
        }
    }
}
