package com.relaycrm.common;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The months a report covers, from {@code from} to {@code to} inclusive ("2026-01"), counted in UTC; without them
 * the last twelve months up to this one. A bad or reversed period is a 400 naming the field.
 */
public record ReportPeriod(YearMonth from, YearMonth to) {

    /** The longest period a report answers, in months. */
    public static final int MAX_MONTHS = 120;

    public static ReportPeriod of(String from, String to) {
        YearMonth end = to == null || to.isBlank() ? YearMonth.now(ZoneOffset.UTC) : month("to", to);
        YearMonth start = from == null || from.isBlank() ? end.minusMonths(11) : month("from", from);
        if (start.isAfter(end)) {
            throw new InvalidInputException("from", "must not be after to");
        }
        if (start.plusMonths(MAX_MONTHS).isBefore(end)) {
            throw new InvalidInputException("from", "a report covers at most " + MAX_MONTHS + " months");
        }
        return new ReportPeriod(start, end);
    }

    public Instant start() {
        return from.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The month ("2026-01") of an instant, in UTC. */
    public static String monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(ZoneOffset.UTC)).toString();
    }

    private static YearMonth month(String field, String text) {
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a month like 2026-01");
        }
    }
}
