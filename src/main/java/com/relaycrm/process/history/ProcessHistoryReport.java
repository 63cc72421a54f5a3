package com.relaycrm.process.history;

import com.relaycrm.process.SystemAccess;
import com.relaycrm.common.ReportPeriod;
import com.relaycrm.common.Viewer;
import com.relaycrm.organisation.Groups;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
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
    private static final Set<String> STEPS = Set.of("userTask", "serviceTask", "businessRuleTask", "sendTask",
            "receiveTask", "scriptTask", "manualTask", "callActivity", "subProcess");

    public record FinishedInstances(String processKey, String month, long finished) {
    }

    public record StepDuration(String processKey, String stepId, String stepName, String stepType, long count,
                               long meanMillis, long p90Millis) {
    }

    public record Report(String from, String to, List<FinishedInstances> finished, List<StepDuration> steps) {
    }

    private final HistoryService historyService;
    private final SystemAccess systemAccess;

    ProcessHistoryReport(HistoryService historyService, SystemAccess systemAccess) {
        this.historyService = historyService;
        this.systemAccess = systemAccess;
    }

    public Report report(ReportPeriod period, Viewer viewer) {
        viewer.requireAny("see the process history", OWNERS);
        java.util.Date from = java.util.Date.from(period.start());
        java.util.Date to = java.util.Date.from(period.end().minusMillis(1));
        List<HistoricProcessInstance> instances = systemAccess.call(() -> historyService
                .createHistoricProcessInstanceQuery().finished().finishedAfter(from).finishedBefore(to).list());
        Map<String, Long> perProcessMonth = new TreeMap<>(instances.stream().collect(Collectors.groupingBy(
                i -> i.getProcessDefinitionKey() + "|" + ReportPeriod.monthOf(i.getEndTime().toInstant()),
                Collectors.counting())));
        List<FinishedInstances> finished = new ArrayList<>();
        perProcessMonth.forEach((key, count) -> {
            String[] parts = key.split("\\|", 2);
            finished.add(new FinishedInstances(parts[0], parts[1], count));
        });

        List<HistoricActivityInstance> activities = systemAccess.call(() -> historyService
                .createHistoricActivityInstanceQuery().finished().finishedAfter(from).finishedBefore(to).list());
        Map<String, List<HistoricActivityInstance>> perStep = new TreeMap<>(activities.stream()
                .filter(a -> STEPS.contains(a.getActivityType()) && a.getDurationInMillis() != null)
                .collect(Collectors.groupingBy(a -> keyOf(a.getProcessDefinitionId()) + "|" + a.getActivityId())));
        List<StepDuration> steps = new ArrayList<>();
        perStep.forEach((key, list) -> {
            long[] durations = list.stream().mapToLong(HistoricActivityInstance::getDurationInMillis).sorted().toArray();
            HistoricActivityInstance sample = list.get(0);
            steps.add(new StepDuration(keyOf(sample.getProcessDefinitionId()), sample.getActivityId(),
                    sample.getActivityName(), sample.getActivityType(), durations.length,
                    Math.round(java.util.Arrays.stream(durations).average().orElse(0)), percentile(durations, 90)));
        });
        return new Report(period.from().toString(), period.to().toString(), finished, steps);
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String keyOf(String definitionId) {
        int colon = definitionId == null ? -1 : definitionId.indexOf(':');
        return colon < 0 ? String.valueOf(definitionId) : definitionId.substring(0, colon);
    }
}
