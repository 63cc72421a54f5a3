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

    /** How many months the period covers. */
    public int months() {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(from, to) + 1;
    }

    /** The month ("2026-01") at this position in the period, 0 being {@link #from}. */
    public String month(int index) {
        return from.plusMonths(index).toString();
    }

    /**
     * SQL for the position in the period ({@link #month(int)}) of the month a timestamp column falls in, for rows
     * already within the period: {@code case when column < ? then 0 when column < ? then 1 ... else n-1 end}, with
     * {@link #monthBoundaries()} as its parameters (just 0 for a single month). The database groups by months without converting time zones
     * (ours and the engine's timestamps compare with the instants bound), the same on H2 and PostgreSQL.
     */
    public String monthIndexSql(String column) {
        if (months() == 1) {
            return "0";
        }
        StringBuilder sql = new StringBuilder("case");
        for (int i = 0; i < months() - 1; i++) {
            sql.append(" when ").append(column).append(" < ? then ").append(i);
        }
        return sql.append(" else ").append(months() - 1).append(" end").toString();
    }

    /** The parameters of {@link #monthIndexSql}: the start of each month after the first. */
    public java.util.List<java.sql.Timestamp> monthBoundaries() {
        return java.util.stream.IntStream.range(1, months()).mapToObj(i -> java.sql.Timestamp.from(
                from.plusMonths(i).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC))).toList();
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
