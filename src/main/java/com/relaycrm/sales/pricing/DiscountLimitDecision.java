package com.relaycrm.sales.pricing;

import com.relaycrm.rules.Decision;
import java.math.BigDecimal;

/** Question to the {@code pricing-discount-limits} table: the largest discount without a manager's approval. */
public class DiscountLimitDecision extends Decision {

    private final String category;
    private BigDecimal maximumPercent;

    public DiscountLimitDecision(String category) {
        this.category = category;
    }

    public boolean categoryIs(String value) {
        return "*".equals(value.trim()) || value.trim().equalsIgnoreCase(category);
    }

    public void maximumPercent(String value, String rule) {
        if (claim(rule)) {
            maximumPercent = new BigDecimal(value.trim());
        }
    }

    @Override
    protected String missingOutcome() {
        return maximumPercent == null ? "maximum discount" : null;
    }

    public BigDecimal getMaximumPercent() {
        return maximumPercent;
    }

    @Override
    public String toString() {
        return "category " + category;
    }
}
