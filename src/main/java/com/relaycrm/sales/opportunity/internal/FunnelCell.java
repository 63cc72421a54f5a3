package com.relaycrm.sales.opportunity.internal;

import com.relaycrm.sales.opportunity.OpportunityStage;
import java.math.BigDecimal;

/**
 * One group of the funnel as the database adds it up: open (not lost) opportunities of one stage, owner, department
 * and expected-close month, their number and amount. {@link FunnelService} folds the cells into the rows asked for.
 */
public record FunnelCell(OpportunityStage stage, String ownerId, String departmentCode, Integer year, Integer month,
                  Long count, BigDecimal amount) {

    /** The expected-close month as {@code yyyy-mm}, or {@code -} without a date. */
    public String monthKey() {
        return year == null || month == null ? "-" : String.format("%04d-%02d", year, month);
    }
}
