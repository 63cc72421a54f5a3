package com.relaycrm.sales.lead;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The lead CSV import ({@code relay.sales.lead-import.*}).
 *
 * @param maxRows lead rows one file may hold; a longer file is refused whole (its size in bytes is bounded by
 *                {@code relay.web.upload-limits})
 */
@ConfigurationProperties("relay.sales.lead-import")
public record LeadImportProperties(int maxRows) {

    public LeadImportProperties {
        if (maxRows < 1) {
            throw new IllegalArgumentException("relay.sales.lead-import.max-rows must be at least 1, not " + maxRows);
        }
    }
}
