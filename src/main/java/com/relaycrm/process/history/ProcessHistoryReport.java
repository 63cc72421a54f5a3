package com.relaycrm.process.history;

import com.relaycrm.common.ReportPeriod;
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

    ProcessHistoryReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counted by the database from the engine's history tables (indexed on END_TIME_ by the engine), whatever their
     * size: finished instances grouped by process and month, steps by process and step with the mean and the
     * nearest-rank 90th percentile (by row_number over the step's durations, the same on H2 and PostgreSQL). The
     * engine keeps its times in the JVM's zone; the period's bounds are bound as timestamps of that zone, so months
     * stay UTC.
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
        List<FinishedInstances> finished = new ArrayList<>(jdbc.query("select process_key, m, count(*) from ("
                + "select PROC_DEF_KEY_ as process_key, " + period.monthIndexSql("END_TIME_") + " as m "
                + "from ACT_HI_PROCINST where END_TIME_ >= ? and END_TIME_ < ?) x group by process_key, m",
                (rs, i) -> new FinishedInstances(rs.getString(1), named.apply(rs.getString(1)),
                        period.month(rs.getInt(2)), rs.getLong(3)),
                args.toArray()));
        finished.sort(Comparator.comparing(FinishedInstances::processKey).thenComparing(FinishedInstances::month));

        List<Object> stepArgs = new ArrayList<>(STEPS);
        stepArgs.add(from);
        stepArgs.add(to);
        // the 90th percentile by nearest rank: the duration ranked ceil(0.9 n) = (9n + 9) / 10 in integers, picked by
        // the database from the step's durations in order (H2's percentile_disc ranks differently from PostgreSQL's)
        List<StepDuration> steps = new ArrayList<>(jdbc.query("select process_key, step, max(step_name), "
                + "max(step_type), count(*), sum(duration), max(case when position = (9 * steps + 9) / 10 "
                + "then duration end) from (select PROC_DEF_KEY_ as process_key, ACT_ID_ as step, "
                + "ACT_NAME_ as step_name, ACT_TYPE_ as step_type, DURATION_ as duration, row_number() over "
                + "(partition by PROC_DEF_KEY_, ACT_ID_ order by DURATION_) as position, count(*) over "
                + "(partition by PROC_DEF_KEY_, ACT_ID_) as steps from ACT_HI_ACTINST where ACT_TYPE_ in ("
                + String.join(", ", STEPS.stream().map(s -> "?").toList()) + ") and DURATION_ is not null "
                + "and END_TIME_ >= ? and END_TIME_ < ?) x group by process_key, step",
                (rs, i) -> new StepDuration(rs.getString(1), named.apply(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getLong(5), Math.round((double) rs.getLong(6) / rs.getLong(5)), rs.getLong(7)),
                stepArgs.toArray()));
        steps.sort(Comparator.comparing(StepDuration::processKey).thenComparing(StepDuration::stepId));
        return new Report(period.from().toString(), period.to().toString(), finished, steps);
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
