package com.relaycrm.process.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.ReportPeriod;
import com.relaycrm.support.DemoUsers;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import com.relaycrm.support.ServiceRequestFixtures;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The process history, counted by the database, equals the engine's history read instance by instance through its
 * API: finished instances per process and month, and per step the count, mean and nearest-rank 90th percentile of
 * its durations, over a period of three months up to this one.
 */
@RelayIntegrationTest
class ProcessHistoryFiguresTest {

    private static final Set<String> STEPS = Set.of("userTask", "serviceTask", "businessRuleTask", "sendTask",
            "receiveTask", "scriptTask", "manualTask", "callActivity", "subProcess");

    @Autowired ProcessHistoryReport report;
    @Autowired HistoryService historyService;
    @Autowired ServiceRequestFixtures requests;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired DemoUsers demoUsers;

    @Test
    void theDatabasesFiguresEqualTheEnginesHistory() {
        // seven of each step at least: the 90th percentile by nearest rank is then the longest (rank 7 of 7), where
        // a rank rounded down or interpolated would differ
        for (int i = 0; i < 7; i++) {
            Task dispatch = requests.waitingForDispatch();
            demoUsers.actAs("service1", () -> {
                taskService.claim(dispatch.getId(), "service1");
                taskService.complete(dispatch.getId(), Map.of("engineerId", "engineer1", "dispatchNote", "Today"));
            });
            runtimeService.deleteProcessInstance(dispatch.getProcessInstanceId(), "test: finished for the report");
        }
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        ReportPeriod period = ReportPeriod.of(now.minusMonths(2).toString(), now.toString());

        ProcessHistoryReport.Report figures = report.report(period, Fixtures.ADMIN);

        java.util.Date from = java.util.Date.from(period.start());
        java.util.Date to = java.util.Date.from(period.end().minusMillis(1));
        Map<String, Long> perProcessMonth = new TreeMap<>();
        for (HistoricProcessInstance i : historyService.createHistoricProcessInstanceQuery().finished()
                .finishedAfter(from).finishedBefore(to).list()) {
            perProcessMonth.merge(i.getProcessDefinitionKey() + "|" + ReportPeriod.monthOf(i.getEndTime().toInstant()),
                    1L, Long::sum);
        }
        assertThat(figures.finished()).extracting(f -> f.processKey() + "|" + f.month() + "=" + f.finished())
                .containsExactlyInAnyOrderElementsOf(perProcessMonth.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).toList());
        assertThat(figures.finished()).isSortedAccordingTo(Comparator.comparing(
                ProcessHistoryReport.FinishedInstances::processKey).thenComparing(
                ProcessHistoryReport.FinishedInstances::month));
        assertThat(perProcessMonth).containsKey("service-request|" + now);

        Map<String, List<HistoricActivityInstance>> perStep = historyService.createHistoricActivityInstanceQuery()
                .finished().finishedAfter(from).finishedBefore(to).list().stream()
                .filter(a -> STEPS.contains(a.getActivityType()) && a.getDurationInMillis() != null)
                .collect(Collectors.groupingBy(a -> a.getProcessDefinitionKey() + "|" + a.getActivityId(),
                        TreeMap::new, Collectors.toList()));
        List<String> expected = new ArrayList<>();
        perStep.forEach((key, list) -> {
            long[] durations = list.stream().mapToLong(HistoricActivityInstance::getDurationInMillis).sorted()
                    .toArray();
            int rank = (durations.length * 9 + 9) / 10;   // ceil(0.9 n), nearest rank
            expected.add(key + " n=" + durations.length + " mean=" + Math.round(Arrays.stream(durations).average()
                    .orElseThrow()) + " p90=" + durations[rank - 1]);
        });
        assertThat(figures.steps()).extracting(s -> s.processKey() + "|" + s.stepId() + " n=" + s.count() + " mean="
                + s.meanMillis() + " p90=" + s.p90Millis()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(figures.steps()).anySatisfy(s -> assertThat(s.stepId()).isEqualTo("DispatchWorkOrder"));
        assertThat(figures.steps()).isSortedAccordingTo(Comparator.comparing(ProcessHistoryReport.StepDuration::processKey)
                .thenComparing(ProcessHistoryReport.StepDuration::stepId));
    }
}
