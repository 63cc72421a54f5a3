package com.relaycrm.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.customer.Asset;
import com.relaycrm.customer.Customer;
import com.relaycrm.service.RequestType;
import com.relaycrm.service.ServiceRequest;
import com.relaycrm.service.ServiceRequestCommands.NewServiceRequest;
import com.relaycrm.service.ServiceRequestService;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not a test (excluded from {@code ./mvnw test}): N service requests opened and driven through the
 * happy path via the engine API, side by side with N instances of a one-step empty process as the engine's own
 * baseline, on whichever database the profile selects. Prints a table.
 *
 * <pre>
 * ./mvnw test -Dtest=ServiceRequestBenchmark -Dbenchmark.requests=500
 * SPRING_PROFILES_ACTIVE=postgres RELAY_DB_URL=... ./mvnw test -Dtest=ServiceRequestBenchmark
 * </pre>
 */
@RelayIntegrationTest
class ServiceRequestBenchmark {

    private static final String BASELINE = "benchmark-empty-process";

    @Autowired ServiceRequestService desk;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired RepositoryService repositoryService;
    @Autowired IdentityService identityService;
    @Autowired Fixtures fixtures;
    @Autowired DataSource dataSource;

    @Test
    void benchmark() throws Exception {
        int n = Integer.getInteger("benchmark.requests", 300);
        repositoryService.createDeployment().name(BASELINE).enableDuplicateFiltering(true)
                .addModelInstance(BASELINE + ".bpmn", Bpmn.createExecutableProcess(BASELINE)
                        .camundaHistoryTimeToLive(1).startEvent().endEvent().done())
                .deploy();
        Customer customer = fixtures.company();
        Asset asset = fixtures.assetInWarranty(customer);

        warmUp(customer, asset);

        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            runtimeService.startProcessInstanceByKey(BASELINE);
        }
        double baselineStarts = perSecond(n, System.nanoTime() - t0);

        t0 = System.nanoTime();
        List<ServiceRequest> opened = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            opened.add(open(customer, asset, i));
        }
        double requestStarts = perSecond(n, System.nanoTime() - t0);

        t0 = System.nanoTime();
        measuring = true;
        for (ServiceRequest request : opened) {
            driveHappyPath(request);
        }
        measuring = false;
        double flowsDrivenOnly = perSecond(n, System.nanoTime() - t0);

        t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            driveHappyPath(open(customer, asset, i));
        }
        double wholeFlows = perSecond(n, System.nanoTime() - t0);

        String database;
        try (var connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion().split(" ")[0];
        }
        System.out.printf("%n Relay CRM service request benchmark: %d instances each, 1 thread, %s, history full%n", n, database);
        System.out.println(" ------------------------------------------------------------------------------");
        System.out.printf(" %-52s %10s %12s%n", "measure", "per second", "vs baseline");
        System.out.printf(" %-52s %10.1f %12s%n", "baseline: empty one-step process started", baselineStarts, "1.00");
        System.out.printf(" %-52s %10.1f %12.2f%n", "service requests opened (record + process + register)", requestStarts, requestStarts / baselineStarts);
        System.out.printf(" %-52s %10.1f %12.2f%n", "opened requests driven to the end (4 tasks, 1 job)", flowsDrivenOnly, flowsDrivenOnly / baselineStarts);
        System.out.printf(" %-52s %10.1f %12.2f%n", "whole flows, open to closed", wholeFlows, wholeFlows / baselineStarts);
        System.out.println(" ------------------------------------------------------------------------------");
        System.out.printf(" %-52s %10s%n", "step of a driven flow (query + complete)", "mean ms");
        steps.forEach((step, totals) -> System.out.printf(" %-52s %10.1f%n", step, totals[0] / 1e6 / totals[1]));
        System.out.println(" ------------------------------------------------------------------------------");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(opened.get(n - 1).getProcessInstanceId())
                .count()).as("the driven flows ended").isZero();
    }

    private void warmUp(Customer customer, Asset asset) {
        for (int i = 0; i < 20; i++) {
            runtimeService.startProcessInstanceByKey(BASELINE);
            driveHappyPath(open(customer, asset, i));
        }
    }

    private ServiceRequest open(Customer customer, Asset asset, int i) {
        return desk.open(new NewServiceRequest(customer.getId(), asset.getId(), RequestType.REPAIR,
                "Benchmark request " + i, "Generated by the benchmark"), Fixtures.SERVICE1);
    }

    private void driveHappyPath(ServiceRequest request) {
        String pid = request.getProcessInstanceId();
        long t = System.nanoTime();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pid)
                .activityId("TriageServiceRequest").singleResult().getId());
        t = lap("triage job (decision tables)", t);
        complete(pid, "service1", "service", Map.of("engineerId", "engineer1"));
        t = lap("dispatch task", t);
        complete(pid, "engineer1", "engineer", Map.of("engineerDecision", "ACCEPT"));
        t = lap("accept task", t);
        complete(pid, "engineer1", "engineer", Map.of("labourHours", 1.0, "paidLabour", false,
                "repairOutcome", "FIXED", "repairResult", "Done", "partsUsed", "P-1 | Fuse | 1 | 2.50 | OLD-1"));
        t = lap("repair report task", t);
        complete(pid, "service1", "service", Map.of("satisfactionScore", "5", "problemSolved", "YES",
                "engineerOnTime", "YES"));
        lap("return visit task", t);
    }

    /** Time spent per step of the driven flows (measured phase only), for the table's breakdown. */
    private final Map<String, long[]> steps = new java.util.LinkedHashMap<>();
    private boolean measuring;

    private long lap(String step, long since) {
        long now = System.nanoTime();
        if (measuring) {
            long[] totals = steps.computeIfAbsent(step, k -> new long[2]);
            totals[0] += now - since;
            totals[1]++;
        }
        return now;
    }

    private void complete(String processInstanceId, String user, String group, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        identityService.setAuthentication(user, List.of(group));
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static double perSecond(int count, long nanos) {
        return count / (nanos / 1e9);
    }
}
