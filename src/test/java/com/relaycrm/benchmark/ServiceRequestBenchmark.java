package com.relaycrm.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.customer.Asset;
import com.relaycrm.customer.Customer;
import com.relaycrm.process.ProcessStarter;
import com.relaycrm.service.RequestType;
import com.relaycrm.service.ServiceRequestCommands.NewServiceRequest;
import com.relaycrm.service.ServiceRequestService;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test (excluded from {@code ./mvnw test}): the service flow per instance, open to closed on the
 * happy path, against a process of exactly the same shape whose service tasks and forms are empty, both driven
 * through the same calls in the same run (instances interleaved, so the machine's load weighs on both alike).
 * The empty process is the deployed {@code service-request} definition with every service task's delegate replaced
 * by a no-op class and the form references removed: same user tasks, assignments, gateways, timers, asynchronous
 * step, sub-process and boundary events. Its gateways read variables given at its start, where the real flow's
 * delegates set them. {@code -Dbenchmark.existing-requests=N} first fills the service request table up to N closed
 * requests, as in production. Prints the cost per instance, per step, the statements each runs and the SQL that takes the
 * time in the real flow, and the time by kind (the flow's own records, process variables, forms, users and groups,
 * the rest of the engine's SQL, and Java outside the database driver).
 *
 * <pre>
 * ./mvnw test -Dtest=ServiceRequestBenchmark -Dbenchmark.requests=300 -Dbenchmark.existing-requests=100000
 * SPRING_PROFILES_ACTIVE=postgres RELAY_DB_URL=... ./mvnw test -Dtest=ServiceRequestBenchmark
 * </pre>
 */
@RelayIntegrationTest
class ServiceRequestBenchmark {

    static final String EMPTY = "benchmark-empty-service-request";

    @TestConfiguration
    static class CountStatements {
        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    /** The delegate of every service task of the empty process. */
    public static class NoOp implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            // empty on purpose: the baseline's service tasks do nothing
        }
    }

    @Autowired ServiceRequestService desk;
    @Autowired ProcessStarter processStarter;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired RepositoryService repositoryService;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired Fixtures fixtures;
    @Autowired DataSource dataSource;

    /** One measured flow: per-step time and statements, and its SQL tallies. */
    static final class Flow {
        final String name;
        final Map<String, long[]> steps = new LinkedHashMap<>();
        final Map<String, StatementCounter.Tally> sql = StatementCounter.tallies();
        long nanos;
        long statements;

        Flow(String name) {
            this.name = name;
        }
    }

    private Flow measuring;

    @Test
    void benchmark() throws Exception {
        int n = Integer.getInteger("benchmark.requests", 300);
        deployEmptyShape();
        Customer customer = fixtures.company();
        Asset asset = fixtures.assetInWarranty(customer);
        int existing = topUpRequests(Integer.getInteger("benchmark.existing-requests", 0), customer, asset);
        IntFunction<String> openReal = i -> desk.open(new NewServiceRequest(customer.getId(), asset.getId(),
                RequestType.REPAIR, "Benchmark request " + i, "Generated by the benchmark"), Fixtures.SERVICE1)
                .getProcessInstanceId();
        IntFunction<String> openEmpty = i -> processStarter.start(EMPTY, "SR-EMPTY-" + i, emptyStartVariables()).getId();

        for (int i = 0; i < 20; i++) {
            drive(openReal, i);
            drive(openEmpty, i);
        }
        Flow real = new Flow("service-request");
        Flow empty = new Flow("same shape, empty");
        String lastReal = null;
        for (int i = 0; i < n; i++) {
            lastReal = measure(real, openReal, i);
            measure(empty, openEmpty, i);
        }

        String database;
        try (var connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion().split(" ")[0];
        }
        String line = " " + "-".repeat(100);
        System.out.printf("%n Relay CRM service flow vs the same shape empty: %d instances each, interleaved, 1 thread, %s, history full, %,d service requests stored before%n", n, database, existing);
        System.out.println(line);
        System.out.printf(" %-44s %14s %14s %8s%n", "per instance, open to closed", real.name, "empty shape", "ratio");
        System.out.printf(" %-44s %14.1f %14.1f %7.2fx%n", "ms", real.nanos / 1e6 / n, empty.nanos / 1e6 / n,
                (double) real.nanos / empty.nanos);
        System.out.printf(" %-44s %14.1f %14.1f %7.2fx%n", "SQL statements", real.statements / (double) n,
                empty.statements / (double) n, (double) real.statements / empty.statements);
        System.out.printf(" %-44s %14.1f %14.1f%n", "ms inside the database driver", nanos(real.sql) / 1e6 / n, nanos(empty.sql) / 1e6 / n);
        System.out.println(line);
        System.out.printf(" %-44s %14s %14s %8s %12s%n", "where the time goes (mean per step)", "ms real", "ms empty", "ratio", "statements");
        real.steps.forEach((step, r) -> {
            long[] e = empty.steps.get(step);
            System.out.printf(" %-44s %14.2f %14.2f %7.2fx %5.1f / %4.1f%n", step, r[0] / 1e6 / n, e[0] / 1e6 / n,
                    (double) r[0] / e[0], r[1] / (double) n, e[1] / (double) n);
        });
        System.out.println(line);
        System.out.printf(" %-44s %14s %14s %8s %12s%n", "where the time goes (per instance, by kind)", "ms real",
                "ms empty", "ratio", "statements");
        Map<String, double[]> kinds = byKind(real.sql, empty.sql);
        kinds.put("Java, outside the database driver", new double[] {real.nanos - nanos(real.sql),
                empty.nanos - nanos(empty.sql), 0, 0});
        kinds.forEach((kind, k) -> System.out.printf(" %-44s %14.2f %14.2f %7.2fx %5.1f / %4.1f%n", kind,
                k[0] / 1e6 / n, k[1] / 1e6 / n, k[1] == 0 ? Double.NaN : k[0] / k[1], k[2] / n, k[3] / n));
        System.out.println(line);
        System.out.printf(" %-72s %13s %13s%n", "SQL, most extra time in the real flow first (per instance)", "count real/e", "ms real/empty");
        for (var entry : StatementCounter.top(real.sql, empty.sql, Integer.getInteger("benchmark.top-sql", 25))) {
            String sql = entry.getKey();
            StatementCounter.Tally r = real.sql.getOrDefault(sql, new StatementCounter.Tally());
            StatementCounter.Tally e = empty.sql.getOrDefault(sql, new StatementCounter.Tally());
            System.out.printf(" %-72s %6.1f/%-6.1f %6.2f/%-6.2f%n", sql.length() > 72 ? sql.substring(0, 72) : sql,
                    r.count().sum() / (double) n, e.count().sum() / (double) n,
                    r.nanos().sum() / 1e6 / n, e.nanos().sum() / 1e6 / n);
        }
        System.out.println(line);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(lastReal).singleResult()
                .getEndTime()).as("the driven flows ended").isNotNull();
    }

    /**
     * Closed service requests written straight into the table up to {@code wanted} (a database holding an earlier
     * run's is topped up), so that the flow's own lookups run against a table of production size.
     */
    private int topUpRequests(int wanted, Customer customer, Asset asset) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        int stored = jdbc.queryForObject("select count(*) from service_request", Integer.class);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = stored; i < wanted; i++) {
            rows.add(new Object[] {customer.getId(), asset.getId(), "Earlier request " + i, now});
            if (rows.size() == 5_000 || i == wanted - 1) {
                jdbc.batchUpdate("insert into service_request (customer_id, asset_id, request_type, subject, "
                        + "description, status, created_by, created_at) values (?, ?, 'REPAIR', ?, 'benchmark', "
                        + "'CLOSED', 'bench', ?)", rows);
                rows.clear();
            }
        }
        if (wanted > stored) {
            try (var connection = dataSource.getConnection()) {
                if (connection.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
                    jdbc.execute("analyze service_request");
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return jdbc.queryForObject("select count(*) from service_request", Integer.class);
    }

    /** The deployed service-request process with empty service tasks and no forms, under its own key. */
    private void deployEmptyShape() throws Exception {
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(
                ServiceRequestService.PROCESS_KEY).latestVersion().singleResult().getId();
        BpmnModelInstance model;
        try (var bpmn = repositoryService.getProcessModel(definitionId)) {
            model = Bpmn.readModelFromStream(bpmn);
        }
        model.getModelElementsByType(Process.class).iterator().next().setId(EMPTY);
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "delegateExpression");
            task.setCamundaClass(NoOp.class.getName());
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            node.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "formRef");
            node.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "formRefBinding");
        }
        repositoryService.createDeployment().name(EMPTY).enableDuplicateFiltering(true)
                .addModelInstance(EMPTY + ".bpmn", model).deploy();
    }

    /** What the real flow's triage and record delegates set, for the empty shape's timers and gateways. */
    private static Map<String, Object> emptyStartVariables() {
        Instant now = Instant.now();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("firstResponseDueAt", Date.from(now.plus(4, ChronoUnit.HOURS)));
        variables.put("resolutionDueAt", Date.from(now.plus(2, ChronoUnit.DAYS)));
        variables.put("workOrderAccepted", true);
        variables.put("factoryRepair", false);
        variables.put("settlementRequired", false);
        variables.put("followUpRequired", false);
        return variables;
    }

    private String measure(Flow flow, IntFunction<String> open, int i) {
        measuring = flow;
        StatementCounter.countingThread = Thread.currentThread();
        StatementCounter.counting = flow.sql;
        long t = System.nanoTime();
        long statements = StatementCounter.ALL.count().sum();
        try {
            return drive(open, i);
        } finally {
            flow.nanos += System.nanoTime() - t;
            flow.statements += StatementCounter.ALL.count().sum() - statements;
            StatementCounter.counting = null;
            measuring = null;
        }
    }

    private String drive(IntFunction<String> open, int i) {
        lapStatements = StatementCounter.ALL.count().sum();
        long t = System.nanoTime();
        String pid = open.apply(i);
        t = lap("open (record, process start)", t);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pid)
                .activityId("TriageServiceRequest").singleResult().getId());
        t = lap("triage job (decision tables)", t);
        complete(pid, "service1", "service", Map.of("engineerId", "engineer1"));
        t = lap("dispatch task + create work order", t);
        complete(pid, "engineer1", "engineer", Map.of("engineerDecision", "ACCEPT"));
        t = lap("accept task + record decision", t);
        complete(pid, "engineer1", "engineer", Map.of("labourHours", 1.0, "paidLabour", false,
                "repairOutcome", "FIXED", "repairResult", "Done", "partsUsed",
                "[{\"partNumber\": \"P-1\", \"description\": \"Fuse\", \"quantity\": 1, \"unitPrice\": 2.50, "
                        + "\"oldPartSerial\": \"OLD-1\"}]"));
        t = lap("repair report task + record repair + close", t);
        complete(pid, "service1", "service", Map.of("satisfactionScore", "5", "problemSolved", "YES",
                "engineerOnTime", "YES"));
        lap("return visit task + record survey", t);
        return pid;
    }

    private long lapStatements;

    private long lap(String step, long since) {
        long now = System.nanoTime();
        long statements = StatementCounter.ALL.count().sum();
        if (measuring != null) {
            long[] totals = measuring.steps.computeIfAbsent(step, k -> new long[2]);
            totals[0] += now - since;
            totals[1] += statements - lapStatements;
        }
        lapStatements = statements;
        return System.nanoTime();
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

    /** What a statement works on: the flow's own tables, process variables, forms, users and groups, the engine. */
    static String kind(String sql) {
        String text = sql.toLowerCase(java.util.Locale.ROOT);
        if (!text.contains("act_")) {
            return "SQL on the flow's own records";
        }
        if (text.contains("act_ru_variable") || text.contains("act_hi_varinst") || text.contains("act_hi_detail")
                || text.contains("act_ge_bytearray")) {
            return "SQL on process variables and their history";
        }
        if (text.contains("act_re_camformdef")) {
            return "SQL finding task forms";
        }
        if (text.contains("act_id_")) {
            return "SQL on users and groups";
        }
        return "SQL of the rest of the engine";
    }

    /** Per kind: nanoseconds real, empty, statements real, empty. */
    private static Map<String, double[]> byKind(Map<String, StatementCounter.Tally> real,
                                                Map<String, StatementCounter.Tally> empty) {
        Map<String, double[]> kinds = new java.util.TreeMap<>();
        real.forEach((sql, t) -> {
            double[] k = kinds.computeIfAbsent(kind(sql), x -> new double[4]);
            k[0] += t.nanos().sum();
            k[2] += t.count().sum();
        });
        empty.forEach((sql, t) -> {
            double[] k = kinds.computeIfAbsent(kind(sql), x -> new double[4]);
            k[1] += t.nanos().sum();
            k[3] += t.count().sum();
        });
        return kinds;
    }

    private static long nanos(Map<String, StatementCounter.Tally> tallies) {
        return tallies.values().stream().mapToLong(t -> t.nanos().sum()).sum();
    }
}
