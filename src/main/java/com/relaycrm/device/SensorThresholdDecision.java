package com.relaycrm.device;

import com.relaycrm.rules.Decision;
import java.math.BigDecimal;

/**
 * Question to the {@code alerts-sensors} table: the normal range of a metric on an asset type. A reading outside
 * it is a breach. {@code none} in a cell means no limit on that side.
 */
public class SensorThresholdDecision extends Decision {

    private static final String NONE = "none";

    private final String assetType;
    private final String metric;
    private BigDecimal min;
    private BigDecimal max;
    private boolean minSet;
    private boolean maxSet;

    public SensorThresholdDecision(String assetType, String metric) {
        this.assetType = assetType;
        this.metric = metric;
    }

    /** Table condition: {@code *} matches every asset type. */
    public boolean assetTypeIs(String value) {
        return "*".equals(value.trim()) || value.trim().equalsIgnoreCase(assetType);
    }

    /** Table condition: {@code *} matches every metric. */
    public boolean metricIs(String value) {
        return "*".equals(value.trim()) || value.trim().equalsIgnoreCase(metric);
    }

    /** Table action: lowest normal value, or {@code none}. */
    public void min(String value, String rule) {
        if (claim(rule)) {
            min = limit(value);
            minSet = true;
        }
    }

    /** Table action: highest normal value, or {@code none}. */
    public void max(String value, String rule) {
        if (claim(rule)) {
            max = limit(value);
            maxSet = true;
        }
    }

    /** Whether a value lies outside the normal range (the limits themselves are normal). */
    public boolean breachedBy(BigDecimal value) {
        return min != null && value.compareTo(min) < 0 || max != null && value.compareTo(max) > 0;
    }

    @Override
    protected String missingOutcome() {
        return !minSet ? "lowest normal value (or none)" : !maxSet ? "highest normal value (or none)" : null;
    }

    private static BigDecimal limit(String value) {
        String text = value.trim();
        return text.equalsIgnoreCase(NONE) ? null : new BigDecimal(text);
    }

    public String getAssetType() {
        return assetType;
    }

    public String getMetric() {
        return metric;
    }

    public BigDecimal getMin() {
        return min;
    }

    public BigDecimal getMax() {
        return max;
    }

    @Override
    public String toString() {
        return "asset type " + assetType + ", metric " + metric;
    }
}
