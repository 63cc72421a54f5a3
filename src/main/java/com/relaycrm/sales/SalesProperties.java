package com.relaycrm.sales;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sales settings ({@code relay.sales.*}).
 *
 * @param defaultDepartment department of a lead that names none (e.g. from the website form)
 * @param capacity default maximum an employee may hold per resource type (lead, opportunity, customer) unless set
 *                 for that employee
 * @param webFormRequestsPerMinute how many website-form leads one client address may send per minute
 * @param recyclingSweepInterval how often the recycling sweeps run
 * @param untouchedRecycleAfter customers and opportunities untouched this long are recycled
 */
@ConfigurationProperties("relay.sales")
public record SalesProperties(String defaultDepartment, Map<String, Integer> capacity, int webFormRequestsPerMinute,
                              Duration recyclingSweepInterval, Duration untouchedRecycleAfter, String mailFrom,
                              String mailTemplatesLocation) {

    public SalesProperties {
        if (defaultDepartment == null || defaultDepartment.isBlank()) {
            throw new IllegalArgumentException("relay.sales.default-department is required");
        }
        capacity = capacity == null ? Map.of() : Map.copyOf(capacity);
        if (webFormRequestsPerMinute < 1) {
            throw new IllegalArgumentException("relay.sales.web-form-requests-per-minute must be at least 1");
        }
        if (recyclingSweepInterval == null || recyclingSweepInterval.isNegative() || recyclingSweepInterval.isZero()) {
            throw new IllegalArgumentException("relay.sales.recycling-sweep-interval must be a positive duration");
        }
        if (untouchedRecycleAfter == null || untouchedRecycleAfter.isNegative() || untouchedRecycleAfter.isZero()) {
            throw new IllegalArgumentException("relay.sales.untouched-recycle-after must be a positive duration");
        }
    }

    /** The default maximum for a resource type ({@code lead}, {@code opportunity}, {@code customer}). */
    public int defaultMaximum(String resourceType) {
        Integer maximum = capacity.get(resourceType.toLowerCase());
        if (maximum == null) {
            throw new IllegalStateException("relay.sales.capacity." + resourceType.toLowerCase() + " is not set");
        }
        return maximum;
    }
}
