package com.relaycrm.process.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps PostgreSQL's planner statistics of the engine's busiest tables right after bursts: a burst of new tasks
 * leaves the planner estimating from a table a fraction of its size (or never analyzed, where autovacuum is off),
 * and it then picks nested loops that cost seconds. Every {@code relay.engine-statistics.interval}, on one node of
 * the cluster, each of {@code relay.engine-statistics.tables} changed by more than {@code min-changed-rows} and
 * {@code changed-fraction} of its rows since its last analyze (by autovacuum or by us) is analyzed. Does nothing on
 * other databases. Operators may also tune autovacuum for these tables (README, "Running on PostgreSQL").
 */
@Component
public class EngineTableStatistics {

    private static final Logger log = LoggerFactory.getLogger(EngineTableStatistics.class);

    private final JdbcTemplate jdbc;
    private final boolean postgres;
    private final List<String> tables;
    private final long minChangedRows;
    private final double changedFraction;

    EngineTableStatistics(DataSource dataSource,
                          @Value("${relay.engine-statistics.tables}") List<String> tables,
                          @Value("${relay.engine-statistics.min-changed-rows}") long minChangedRows,
                          @Value("${relay.engine-statistics.changed-fraction}") double changedFraction)
            throws SQLException {
        this.jdbc = new JdbcTemplate(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getURL().startsWith("jdbc:postgresql:");
        }
        this.tables = tables.stream().map(String::toLowerCase).toList();
        this.minChangedRows = minChangedRows;
        this.changedFraction = changedFraction;
    }

    @Scheduled(fixedDelayString = "${relay.engine-statistics.interval}",
            initialDelayString = "${relay.engine-statistics.interval}")
    @SchedulerLock(name = "engine-table-statistics",
            lockAtMostFor = "${relay.scheduling.engine-table-statistics.lock-at-most-for}",
            lockAtLeastFor = "${relay.scheduling.engine-table-statistics.lock-at-least-for}")
    public void scheduled() {
        refresh();
    }

    /** Analyzes the listed tables that changed enough since their statistics were taken; returns their names. */
    public List<String> refresh() {
        if (!postgres) {
            return List.of();
        }
        String in = String.join(",", tables.stream().map(t -> "?").toList());
        List<Object> arguments = new ArrayList<>(tables);
        arguments.add(minChangedRows);
        arguments.add(changedFraction);
        List<String> stale = jdbc.queryForList("select relname from pg_stat_user_tables where relname in (" + in
                + ") and n_mod_since_analyze > ? and n_mod_since_analyze > ? * greatest(n_live_tup, 1) "
                + "order by relname", String.class, arguments.toArray());
        for (String table : stale) {
            long t0 = System.nanoTime();
            jdbc.execute("analyze " + table); // a name from pg_stat_user_tables that is on our list, not input
            log.info("Analyzed {} in {} ms: its statistics were older than the rows it holds", table,
                    (System.nanoTime() - t0) / 1_000_000);
        }
        return stale;
    }
}
