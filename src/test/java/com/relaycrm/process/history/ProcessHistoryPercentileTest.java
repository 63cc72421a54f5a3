package com.relaycrm.process.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.ReportPeriod;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 90th percentile of a step's durations is the one ranked ceil(0.9 n) among its n durations, whichever SQL the
 * database runs: PostgreSQL's {@code percentile_disc(0.9)} and the {@code row_number()} path (H2's) give the same
 * duration for every count from 1 to 25 and 100, 101 and 1,000 (ranks 9 of 10, 10 of 11, 90 of 100, 91 of 101, 900
 * of 1,000: where a rank rounded down, rounded to nearest or interpolated would differ), with ties, and only for the
 * steps finished in the period. On PostgreSQL both SQL paths run and must agree; the report runs its database's.
 */
@RelayIntegrationTest
class ProcessHistoryPercentileTest {

    private static final String KEY = "percentile-check";

    @Autowired ProcessHistoryReport report;
    @Autowired DataSource dataSource;

    private final List<Object[]> rows = new ArrayList<>();

    @AfterEach
    void removeTheRows() {
        new JdbcTemplate(dataSource).update("delete from ACT_HI_ACTINST where PROC_DEF_KEY_ = ?", KEY);
    }

    @Test
    void theNinetiethPercentileIsTheDurationRankedCeilingOfNinePercentOnBothPaths() throws Exception {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        ReportPeriod period = ReportPeriod.of(now.toString(), now.toString());
        Timestamp inside = Timestamp.from(period.start().plusSeconds(60));
        Timestamp before = Timestamp.from(period.start().minusSeconds(1));
        Random random = new Random(12);
        List<String> expected = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int n = 1; n <= 25; n++) {
            counts.add(n);
        }
        counts.addAll(List.of(100, 101, 1_000));
        for (int n : counts) {
            // distinct durations, so that a rank one off gives another figure, written in no order
            List<Long> durations = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                durations.add(1_000L * k + random.nextInt(1_000));
            }
            Collections.shuffle(durations, random);
            String step = "Step" + n;
            durations.forEach(d -> row(step, "userTask", inside, d));
            // not counted: a step finished before the period (the longest of all), an unfinished one, a gateway
            row(step, "userTask", before, 10_000_000L);
            row(step, "userTask", null, null);
            row(step, "exclusiveGateway", inside, 10_000_001L);
            long[] sorted = durations.stream().mapToLong(Long::longValue).sorted().toArray();
            expected.add(step + " n=" + n + " mean=" + Math.round(Arrays.stream(sorted).average().orElseThrow())
                    + " p90=" + sorted[(9 * n + 9) / 10 - 1]);   // ceil(0.9 n) in integers
        }
        // counted by hand: ten durations of which the ninth and tenth are equal (rank 9: 9, mean 54 / 10), all equal
        List.of(5L, 1L, 9L, 9L, 2L, 3L, 4L, 6L, 7L, 8L).forEach(d -> row("Ties", "serviceTask", inside, d));
        List.of(4L, 4L, 4L).forEach(d -> row("Same", "serviceTask", inside, d));
        expected.add("Ties n=10 mean=5 p90=9");
        expected.add("Same n=3 mean=4 p90=4");
        new JdbcTemplate(dataSource).batchUpdate("insert into ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, "
                + "PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, ACT_NAME_, ACT_TYPE_, START_TIME_, END_TIME_, DURATION_) "
                + "values (?, ?, 'percentile-check:1:x', ?, ?, ?, ?, ?, ?, ?, ?)", rows);

        Timestamp from = Timestamp.from(period.start());
        Timestamp to = Timestamp.from(period.end());
        UnaryOperator<String> named = UnaryOperator.identity();
        assertThat(figures(report.report(period, Fixtures.ADMIN).steps())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(figures(report.stepDurations(from, to, named, false))).containsExactlyInAnyOrderElementsOf(expected);
        if (postgres()) {
            assertThat(figures(report.stepDurations(from, to, named, true)))
                    .containsExactlyInAnyOrderElementsOf(expected);
            // PostgreSQL reads the durations in order from the covering index, with no sort and no table access
            assertThat(plan()).contains("Index Only Scan using relay_idx_hi_act_inst_steps").doesNotContain("Sort");
        }
    }

    private void row(String step, String type, Timestamp end, Long duration) {
        String id = "pct-" + rows.size();
        Timestamp start = end == null ? new Timestamp(System.currentTimeMillis()) : new Timestamp(end.getTime() - 1);
        rows.add(new Object[] {id, KEY, id, id, step, "Step " + step, type, start, end, duration});
    }

    private static List<String> figures(List<ProcessHistoryReport.StepDuration> steps) {
        return steps.stream().filter(s -> s.processKey().equals(KEY))
                .map(s -> s.stepId() + " n=" + s.count() + " mean=" + s.meanMillis() + " p90=" + s.p90Millis())
                .toList();
    }

    private boolean postgres() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL().startsWith("jdbc:postgresql:");
        }
    }

    /** The plan of PostgreSQL's query, its statistics taken, where a sort or a table scan is the last resort. */
    private String plan() throws Exception {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        ReportPeriod period = ReportPeriod.of(now.toString(), now.toString());
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement()) {
                settings.execute("analyze ACT_HI_ACTINST");
                settings.execute("set local enable_seqscan = off");
                settings.execute("set local enable_incremental_sort = off");
                settings.execute("set local enable_sort = off");
                settings.execute("set local enable_bitmapscan = off");
                try (PreparedStatement explain = connection.prepareStatement(
                        "explain " + ProcessHistoryReport.stepDurationsSql(true))) {
                    Object[] arguments = ProcessHistoryReport.stepDurationsArguments(
                            Timestamp.from(period.start()), Timestamp.from(period.end()));
                    for (int i = 0; i < arguments.length; i++) {
                        explain.setObject(i + 1, arguments[i]);
                    }
                    StringBuilder plan = new StringBuilder();
                    try (ResultSet lines = explain.executeQuery()) {
                        while (lines.next()) {
                            plan.append(lines.getString(1)).append('\n');
                        }
                    }
                    return plan.toString();
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        }
    }
}
