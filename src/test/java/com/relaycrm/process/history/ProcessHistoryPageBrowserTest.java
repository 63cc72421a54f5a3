package com.relaycrm.process.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.ReportPeriod;
import com.relaycrm.support.Browser;
import com.relaycrm.support.DemoUsers;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import com.relaycrm.support.ReportPage;
import com.relaycrm.support.ServiceRequestFixtures;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The process history page (/reports/process-history.html): finished instances per process and month, and the mean
 * and 90th percentile duration of each user task, as the engine's history gives them; a rep is told it is not for them.
 */
@RelayIntegrationTest
class ProcessHistoryPageBrowserTest {

    @TempDir
    Path profile;
    @LocalServerPort
    int port;
    @Autowired
    ServiceRequestFixtures requests;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    ProcessHistoryReport report;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void managerSeesFinishedInstancesAndStepDurations() {
        Task dispatch = requests.waitingForDispatch();
        demoUsers.actAs("service1", () -> {
            taskService.claim(dispatch.getId(), "service1");
            taskService.complete(dispatch.getId(), Map.of("engineerId", "engineer1", "dispatchNote", "Today"));
        });
        runtimeService.deleteProcessInstance(dispatch.getProcessInstanceId(), "test: finished for the history report");
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        ProcessHistoryReport.Report expected = report.report(ReportPeriod.of(month, month), Fixtures.ADMIN);
        assertThat(expected.finished()).anySatisfy(row -> assertThat(row.processKey()).isEqualTo("service-request"));
        assertThat(expected.steps()).anySatisfy(step -> assertThat(step.stepId()).isEqualTo("DispatchWorkOrder"));

        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "servicemgr1");
            ReportPage.open(browser, port, "/reports/process-history.html?from=" + month + "&to=" + month, "steps");
            browser.screenshot("report-process-history");
            String serviceRequest = expected.finished().stream().filter(r -> r.processKey().equals("service-request"))
                    .findFirst().orElseThrow().processName();
            assertThat(serviceRequest).as("the process in words").contains("Service request").contains("服务");
            assertThat(ReportPage.bars(browser, "finished", serviceRequest)).containsEntry(month,
                    (double) expected.finished().stream().filter(r -> r.processKey().equals("service-request"))
                            .mapToLong(ProcessHistoryReport.FinishedInstances::finished).sum());
            assertThat(ReportPage.bars(browser, "step-durations", "Mean")).isEqualTo(expected.steps().stream()
                    .filter(s -> s.stepType().equals("userTask")).collect(Collectors.toMap(
                            s -> s.processName() + ": " + (s.stepName() == null ? s.stepId() : s.stepName()),
                            s -> Math.round(s.meanMillis() / 36000.0) / 100.0)));
            assertThat(ReportPage.rows(browser, "steps")).hasSize(expected.steps().size());
        }
    }

    @Test
    void repIsToldTheReportIsNotForThem() {
        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "sales1");
            browser.driver().get(Browser.url(port, "/reports/process-history.html"));
            assertThat(ReportPage.error(browser, "finished")).isEqualTo("You are not allowed to see this report.");
        }
    }
}
