package com.relaycrm.process.history;

import com.relaycrm.common.ReportPeriod;
import com.relaycrm.common.ReportQueries;
import com.relaycrm.common.Viewer;
import com.relaycrm.organisation.Groups;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Process history for process owners (what Cockpit CE does not show): instances finished per process and month,
 * and per step the mean and 90th percentile of its duration, from the engine's history, for steps finished in the
 * period. Administrators and managers.
 */
@Service
public class ProcessHistoryReport {

    static final String[] OWNERS = {Groups.ADMIN, Groups.SALES_MANAGER, Groups.SERVICE_MANAGER};
    /** The activity types that are steps of a flow (events and gateways take no time of their own). */
    private static final List<String> STEPS = List.of("userTask", "serviceTask", "businessRuleTask", "sendTask",
            "receiveTask", "scriptTask", "manualTask", "callActivity", "subProcess");

    /** Finished instances of one process in one month; the process named as its latest version is. */
    public record FinishedInstances(String processKey, String processName, String month, long finished) {
    }

    public record StepDuration(String processKey, String processName, String stepId, String stepName, String stepType, long count,
                               long meanMillis, long p90Millis) {
    }

    public record Report(String from, String to, List<FinishedInstances> finished, List<StepDuration> steps) {
    }

    private final JdbcTemplate jdbc;
    private final ReportQueries reports;
    private final boolean postgres;

    ProcessHistoryReport(JdbcTemplate jdbc, ReportQueries reports) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.postgres = reports.postgres();
    }

    /**
     * Counted by the database from the engine's history tables, whatever their size: finished instances grouped by
     * process and month (by ACT_HI_PROCINST's END_TIME_ index), steps by process and step with the count, the sum
     * for the mean and the nearest-rank 90th percentile (see {@link #stepDurations}). The engine keeps its times in
     * the JVM's zone; the period's bounds are bound as timestamps of that zone, so months stay UTC.
     */
    public Report report(ReportPeriod period, Viewer viewer) {
        viewer.requireAny("see the process history", OWNERS);
        Timestamp from = Timestamp.from(period.start());
        Timestamp to = Timestamp.from(period.end());
        Map<String, String> known = processNames();
        // a process whose deployment was deleted keeps its history: named by its key
        UnaryOperator<String> named = key -> known.getOrDefault(key, key);
        List<Object> args = new ArrayList<>(period.monthBoundaries());
        args.add(from);
        args.add(to);
        List<FinishedInstances> finished = new ArrayList<>(reports.query("select process_key, m, count(*) from ("
                + "select PROC_DEF_KEY_ as process_key, " + period.monthIndexSql("END_TIME_") + " as m "
                + "from ACT_HI_PROCINST where END_TIME_ >= ? and END_TIME_ < ?) x group by process_key, m",
                (rs, i) -> new FinishedInstances(rs.getString(1), named.apply(rs.getString(1)),
                        period.month(rs.getInt(2)), rs.getLong(3)),
                args.toArray()));
        finished.sort(Comparator.comparing(FinishedInstances::processKey).thenComparing(FinishedInstances::month));
        List<StepDuration> steps = stepDurations(from, to, named, postgres);
        return new Report(period.from().toString(), period.to().toString(), finished, steps);
    }

    /**
     * Per process and step finished in [from, to): count, mean and the 90th percentile by nearest rank, the duration
     * ranked ceil(0.9 n) = (9n + 9) / 10 among the step's n durations in order.
     * <p>
     * On PostgreSQL by {@code percentile_disc(0.9)}, which picks exactly that rank (ceil(0.9 * n) in doubles: 0.9's
     * error is below half a unit of the product for any count a table holds), read in step order from the covering
     * index {@code relay_idx_hi_act_inst_steps} ({@code process/database/EngineIndexes}) without a sort or a table
     * access. Elsewhere (H2, whose {@code percentile_disc} rounds its rank differently) by {@code row_number()} over
     * the step's durations, a window sort of every row in the period: PostgreSQL took 140 / 151 ms p50 / p95 that
     * way at 100,000 rows (README, "figures"). {@code ProcessHistoryPercentileTest} runs both on PostgreSQL and
     * compares them with ranks counted by hand.
     */
    List<StepDuration> stepDurations(Timestamp from, Timestamp to, UnaryOperator<String> named,
                                     boolean percentileDisc) {
        List<StepDuration> steps = new ArrayList<>(reports.query(stepDurationsSql(percentileDisc),
                (rs, i) -> new StepDuration(rs.getString(1), named.apply(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getLong(5), Math.round((double) rs.getLong(6) / rs.getLong(5)), rs.getLong(7)),
                stepDurationsArguments(from, to)));
        steps.sort(Comparator.comparing(StepDuration::processKey).thenComparing(StepDuration::stepId));
        return steps;
    }

    static String stepDurationsSql(boolean percentileDisc) {
        String stepsOfPeriod = "from ACT_HI_ACTINST where ACT_TYPE_ in ("
                + String.join(", ", STEPS.stream().map(s -> "?").toList()) + ") and DURATION_ is not null "
                + "and END_TIME_ >= ? and END_TIME_ < ?";
        return percentileDisc
                ? "select PROC_DEF_KEY_, ACT_ID_, max(ACT_NAME_), max(ACT_TYPE_), count(*), sum(DURATION_), "
                        + "percentile_disc(0.9) within group (order by DURATION_) " + stepsOfPeriod
                        + " group by PROC_DEF_KEY_, ACT_ID_"
                : "select process_key, step, max(step_name), max(step_type), count(*), sum(duration), "
                        + "max(case when position = (9 * steps + 9) / 10 then duration end) from (select "
                        + "PROC_DEF_KEY_ as process_key, ACT_ID_ as step, ACT_NAME_ as step_name, ACT_TYPE_ as "
                        + "step_type, DURATION_ as duration, row_number() over (partition by PROC_DEF_KEY_, ACT_ID_ "
                        + "order by DURATION_) as position, count(*) over (partition by PROC_DEF_KEY_, ACT_ID_) as "
                        + "steps " + stepsOfPeriod + ") x group by process_key, step";
    }

    static Object[] stepDurationsArguments(Timestamp from, Timestamp to) {
        List<Object> arguments = new ArrayList<>(STEPS);
        arguments.add(from);
        arguments.add(to);
        return arguments.toArray();
    }

    /**
     * Each process's name as its latest version gives it ("Service request / 服务请求"), so that a page shows the
     * process in words in either language; the key where a version has no name. One query over the (small)
     * definition table.
     */
    private Map<String, String> processNames() {
        Map<String, String> names = new HashMap<>();
        jdbc.query("select KEY_, NAME_ from ACT_RE_PROCDEF d where VERSION_ = "
                + "(select max(VERSION_) from ACT_RE_PROCDEF v where v.KEY_ = d.KEY_)", rs -> {
                    String name = rs.getString(2);
                    names.put(rs.getString(1), name == null || name.isBlank() ? rs.getString(1) : name);
                });
        return names;
    }
}
