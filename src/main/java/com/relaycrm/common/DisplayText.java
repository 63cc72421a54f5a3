package com.relaycrm.common;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How forms and cards show numbers to people (issue 14: words instead of codes): amounts with their currency and
 * thousands separators ("CNY 80,000.00"), points with separators and their unit in both languages
 * ("12,000 points / 12,000 积分"). One text for English and Chinese readers alike.
 */
public final class DisplayText {

    public static final String DEFAULT_CURRENCY = "CNY";

    private DisplayText() {
    }

    /** "CNY 1,234.50"; empty for no amount. */
    public static String money(BigDecimal amount) {
        return amount == null ? "" : String.format(Locale.ROOT, "%s %,.2f", DEFAULT_CURRENCY, amount);
    }

    /** "12,000 points / 12,000 积分"; empty for no number. */
    public static String points(Number points) {
        if (points == null) {
            return "";
        }
        String number = String.format(Locale.ROOT, "%,d", points.longValue());
        return number + " points / " + number + " 积分";
    }
}
