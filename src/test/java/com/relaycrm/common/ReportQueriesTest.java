package com.relaycrm.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.support.RelayIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A report's query is planned for the period it asks about every time it runs: on PostgreSQL, a statement run more
 * than five times through the JDBC driver otherwise gets a generic plan that ignores the dates (shown with $1, $2 in
 * its plan), which for a year of 100,000 requests read them one by one through the date index at twice the time.
 */
@RelayIntegrationTest
class ReportQueriesTest {

    private static final String PERIOD_QUERY = "select count(*) from service_request where created_at >= ? "
            + "and created_at < ?";

    @Autowired ReportQueries reports;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aReportQueryIsPlannedForItsOwnDatesEveryTime() {
        Timestamp from = Timestamp.from(Instant.now().minus(365, ChronoUnit.DAYS));
        Timestamp to = Timestamp.from(Instant.now().plus(1, ChronoUnit.DAYS));
        assertThat(reports.query(PERIOD_QUERY, (rs, i) -> rs.getLong(1), from, to)).singleElement()
                .isEqualTo(jdbc.queryForObject(PERIOD_QUERY, Long.class, from, to));
        if (!postgres()) {
            return;
        }
        for (int run = 1; run <= 10; run++) {
            List<String> plan = reports.query("explain " + PERIOD_QUERY, (rs, i) -> rs.getString(1), from, to);
            assertThat(String.join("\n", plan)).as("plan of run " + run).doesNotContain("$1").contains("20");
        }
        assertThat(reports.query("show plan_cache_mode", (rs, i) -> rs.getString(1))).containsExactly("force_custom_plan");
        // for that transaction only: every other statement (the engine's) keeps its cached plan
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("auto");
    }

    private boolean postgres() {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL().startsWith("jdbc:postgresql:"));
    }
}
