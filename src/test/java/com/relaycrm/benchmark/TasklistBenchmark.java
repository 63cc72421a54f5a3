package com.relaycrm.benchmark;

import com.relaycrm.process.database.EngineTableStatistics;
import com.relaycrm.support.RelayIntegrationTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Benchmark, not a test (excluded from {@code ./mvnw test}): Tasklist's lists at volume. It opens tasks of a
 * one-user-task process (card variables as the real processes set them) in three groups, one tenth in the
 * {@code service} group, a few assigned to {@code service1}, up to each level of open tasks in the system, and at
 * each level times, as {@code service1}: the "My group tasks" and "My tasks" filters listed (15 rows) and counted
 * through the engine and through the engine REST API as Tasklist calls them, and
 * {@code GET /engine-rest/task?candidateGroup=service} with its count. Prints p50 / p95 per query and level.
 *
 * <pre>
 * SPRING_PROFILES_ACTIVE=postgres RELAY_DB_URL=jdbc:postgresql://127.0.0.1:5432/bench RELAY_DB_USER=postgres \
 *   ./mvnw test -Dtest=TasklistBenchmark -Dbenchmark.levels=1000,10000,100000
 * ... -Drelay.task-lists.visibility=engine        # the engine's own per-task authorization join, for comparison
 * ./mvnw test -Dtest=TasklistBenchmark -Dbenchmark.levels=1000,10000        # H2
 * </pre>
 */
@RelayIntegrationTest
class TasklistBenchmark {

    private static final String PROCESS = "benchmark-group-task";
    private static final String[] GROUPS = {"warehouse", "engineer", "sales"};
    private static final int REPEAT = 30;

    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FilterService filterService;
    @Autowired IdentityService identityService;
    @Autowired TestRestTemplate rest;
    @Autowired DataSource dataSource;
    @Autowired EngineTableStatistics statistics;
    @Value("${relay.task-lists.visibility}") String visibility;

    record Row(int open, int inGroup, String query, double p50, double p95, long answer) {}

    @Test
    void benchmark() throws Exception {
        int[] levels = Arrays.stream(System.getProperty("benchmark.levels", "1000,10000").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
        repositoryService.createDeployment().name(PROCESS).enableDuplicateFiltering(true)
                .addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
                        .camundaHistoryTimeToLive(1).startEvent()
                        .userTask("Work").camundaCandidateGroups("${group}").camundaAssignee("${assignee}")
                        .endEvent().done())
                .deploy();
        String groupFilter = filterId("My group tasks / 我的组任务");
        String myFilter = filterId("My tasks / 我的任务");
        String database;
        try (var connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName();
        }

        List<Row> rows = new ArrayList<>();
        // a database that holds the tasks of an earlier run is topped up, not filled again
        int started = (int) runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
        for (int level : levels) {
            long t0 = System.nanoTime();
            startUpTo(started, level);
            started = Math.max(started, level);
            System.out.printf("%,d open tasks in %.1f s%n", level, (System.nanoTime() - t0) / 1e9);
            // what the application does within relay.engine-statistics.interval after a burst
            System.out.println("analyzed: " + statistics.refresh());
            int inGroup = level / 10;
            rows.add(time(level, inGroup, "engine: My group tasks, list 15",
                    () -> (long) asService1(() -> filterService.listPage(groupFilter, 0, 15)).size()));
            rows.add(time(level, inGroup, "engine: My group tasks, count",
                    () -> asService1(() -> filterService.count(groupFilter))));
            rows.add(time(level, inGroup, "engine: My tasks, list 15",
                    () -> (long) asService1(() -> filterService.listPage(myFilter, 0, 15)).size()));
            rows.add(time(level, inGroup, "REST: POST filter/{group}/list 15",
                    () -> (long) post("/engine-rest/filter/" + groupFilter + "/list?firstResult=0&maxResults=15")
                            .getBody().length()));
            rows.add(time(level, inGroup, "REST: GET filter/{group}/count",
                    () -> (long) get("/engine-rest/filter/" + groupFilter + "/count").getBody().length()));
            rows.add(time(level, inGroup, "REST: POST filter/{mine}/list 15",
                    () -> (long) post("/engine-rest/filter/" + myFilter + "/list?firstResult=0&maxResults=15")
                            .getBody().length()));
            rows.add(time(level, inGroup, "REST: GET task?candidateGroup 15",
                    () -> (long) get("/engine-rest/task?candidateGroup=service&firstResult=0&maxResults=15")
                            .getBody().length()));
            rows.add(time(level, inGroup, "REST: GET task/count?candidateGroup",
                    () -> (long) get("/engine-rest/task/count?candidateGroup=service").getBody().length()));
        }

        System.out.println();
        System.out.println("Task lists on " + database + ", relay.task-lists.visibility=" + visibility);
        System.out.printf("%-10s %-10s %-38s %10s %10s %10s%n", "open", "in group", "query", "p50 ms", "p95 ms",
                "answer");
        for (Row row : rows) {
            System.out.printf("%,10d %,10d %-38s %10.1f %10.1f %10d%n", row.open(), row.inGroup(), row.query(),
                    row.p50(), row.p95(), row.answer());
        }
    }

    /** Opens tasks from {@code from} up to {@code to}: every tenth in service, one in a hundred assigned to service1. */
    private void startUpTo(int from, int to) throws Exception {
        int threads = Integer.getInteger("benchmark.threads", 4);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            done.add(pool.submit(() -> {
                for (int i = from + offset; i < to; i += threads) {
                    boolean service = i % 10 == 0;
                    Map<String, Object> variables = new HashMap<>();
                    variables.put("group", service ? "service" : GROUPS[i % GROUPS.length]);
                    variables.put("assignee", service && i % 100 == 0 ? "service1" : null);
                    variables.put("requestNumber", "SR-" + i);
                    variables.put("customerName", "Customer " + (i % 997));
                    variables.put("subject", "Benchmark task " + i);
                    runtimeService.startProcessInstanceByKey(PROCESS, "bench-" + i, variables);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    private Row time(int open, int inGroup, String query, Supplier<Long> call) {
        long answer = 0;
        for (int i = 0; i < 3; i++) {
            answer = call.get();
        }
        double[] ms = new double[REPEAT];
        for (int i = 0; i < REPEAT; i++) {
            long t0 = System.nanoTime();
            answer = call.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new Row(open, inGroup, query, ms[REPEAT / 2], ms[(int) Math.ceil(REPEAT * 0.95) - 1], answer);
    }

    private <T> T asService1(Supplier<T> call) {
        identityService.setAuthentication("service1", List.of("service"));
        try {
            return call.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private String filterId(String name) {
        return filterService.createTaskFilterQuery().filterName(name).singleResult().getId();
    }

    private ResponseEntity<String> get(String path) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
    }

    private ResponseEntity<String> post(String path) {
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>("{}", headers()), String.class);
    }

    private static HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("service1", "service1");
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return headers;
    }
}
