package com.relaycrm.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.relaycrm.device.FrameProtocol;
import com.relaycrm.support.ApplicationJvm;
import com.relaycrm.support.SocatPty;
import com.relaycrm.support.StoredFrames;
import com.relaycrm.support.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Two application JVMs on one fresh PostgreSQL database, one killed with SIGKILL in the middle of a load: service
 * requests opened over /api and driven through their tasks over the engine REST API (their triage is a job of the
 * nodes' job executors), leads whose follow-up, reminder and pool timers run out within seconds (a copy of the
 * alerts-leads decision table with short periods), card swipes on a socat pty per node, and both recycling sweeps
 * every few seconds. After the survivor has caught up: every request closed exactly once, each frame processed
 * exactly once, each lead recycled and moved once, each untouched opportunity recycled once, no job done twice, no
 * incident left; the figures are printed.
 *
 * <p>Not part of {@code ./mvnw test} (two application starts take longer than the suite's budget on a 2-core
 * machine): {@code .ci/run} runs it after the PostgreSQL suite, and by hand
 * <pre>
 * SPRING_PROFILES_ACTIVE=postgres RELAY_DB_URL=jdbc:postgresql://127.0.0.1:5432/relay_test RELAY_DB_USER=postgres \
 *   ./mvnw test -Dtest=TwoNodeClusterTest -Dcluster.http-ports=18101,18102
 * </pre>
 * It needs PostgreSQL (the nodes share the database over the network) and socat; on H2 it is skipped.
 */
class TwoNodeClusterTest {

    private static final int REQUESTS = Integer.getInteger("cluster.requests", 60);
    /** One lead per request. */
    private static final int LEADS = REQUESTS;
    private static final int OPPORTUNITIES = Integer.getInteger("cluster.opportunities", 8);
    private static final int FRAMES_PER_REQUEST = Integer.getInteger("cluster.frames-per-request", 5);
    private static final Duration START = Duration.ofMinutes(4);
    /** Bounds of the load before the kill and of the catch-up after it (generous: a shared 2-core machine). */
    private static final Duration CATCH_UP = Duration.ofMinutes(8);
    /** A dead node's jobs are taken over after this (the nodes' job lock time). */
    private static final Duration JOB_LOCK = Duration.ofSeconds(20);

    /** The test's own process: one asynchronous step that takes SLOW_STEP (README "Tests"). */
    private static final String SLOW_PROCESS = "cluster-slow-step";
    private static final String SLOW_MESSAGE = "ClusterSlowStepStart";
    private static final String SLOW_MARK = "cluster slow step";
    private static final Duration SLOW_STEP = Duration.ofSeconds(8);
    private static final int SLOW_PER_ROUND = 6;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<Node> nodes = new ArrayList<>();
    /** Requests sent with an Idempotency-Key again to the other node (the first did not answer), and replays. */
    private final AtomicInteger keyedResent = new AtomicInteger();
    private final AtomicInteger keyedReplayed = new AtomicInteger();
    /** The nodes' card reader ptys; swipes go to the first {@code live} of them. */
    private List<SocatPty> ptys;
    private int live = 2;

    @Test
    void aNodeKilledInTheMiddleLosesNothingAndNothingRunsTwice() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgresActive(), "two nodes share a PostgreSQL database: run with the "
                + "postgres profile (SPRING_PROFILES_ACTIVE=postgres, RELAY_DB_URL)");
        SocatPty.requireSocat();
        Path dir = Files.createDirectories(Path.of("target", "cluster-" + UUID.randomUUID().toString()
                .substring(0, 8)).toAbsolutePath());
        TestDatabase database = TestDatabase.prepare(dir, "cluster");
        StoredFrames frames = new StoredFrames(database);
        Path rules = shortLeadPeriods(dir);
        int[] ports = httpPorts();
        try (SocatPty pty1 = SocatPty.start(); SocatPty pty2 = SocatPty.start()) {
            // the first node creates the schema and the demo organisation; the second joins when it is up
            nodes.add(Node.start(1, ports[0], database, pty1, rules, dir));
            nodes.get(0).jvm().awaitStarted(START);
            nodes.add(Node.start(2, ports[1], database, pty2, rules, dir));
            try {
                nodes.get(1).jvm().awaitStarted(START);
                run(database, frames, List.of(pty1, pty2));
            } finally {
                for (Node node : nodes) {
                    node.jvm().close();
                }
            }
        } finally {
            database.drop();
        }
    }

    private void run(TestDatabase database, StoredFrames frames, List<SocatPty> ptys) throws Exception {
        long customerId = database.single("select id from customer where code = 'CUST-0001'");
        long assetId = database.single("select id from asset where customer_id = " + customerId
                + " order by id fetch first 1 rows only");
        long began = System.nanoTime();
        deploySlowProcess();

        // the load: opportunities, then service requests driven by 4 clients, each closed request followed by a few
        // card swipes on every live node's reader and a new lead (so both keep arriving until the kill and after it)
        this.ptys = ptys;
        for (int i = 0; i < OPPORTUNITIES; i++) {
            post(i, "sales1", "/api/sales/opportunities", Map.of("customerId", customerId,
                    "name", "Cluster opportunity " + i, "amount", 1000));
        }
        AtomicInteger closed = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> drives = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            int request = i;
            drives.add(clients.submit(() -> {
                drive(request, customerId, assetId);
                int done = closed.incrementAndGet();
                swipe(done);
                // with an Idempotency-Key: a POST the kill cut off after its commit, sent again to node 1, answers
                // the lead entered first instead of entering it twice
                send(done, "salesmgr1", "POST", "/api/sales/leads", Map.of("name", "Cluster lead " + done,
                        "departmentCode", "SALES-N"), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                return null;
            }));
        }
        clients.shutdown();

        // SIGKILL node 2 in the middle: a third of the requests closed, swipes being processed
        await("a third of the requests closed and swipes processed before the kill").atMost(CATCH_UP)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    failFast(drives);
                    return closed.get() >= REQUESTS / 3 && frames.count("status = 'PROCESSED'") >= 20;
                });
        // and while node 2 holds jobs, so that the survivor has to take them over when their lock runs out: slow
        // steps (a process of the test's own, each step sleeping SLOW_STEP in the database) started through node 2,
        // whose job executor is told of the jobs it creates; the kill waits until node 2 runs one of them
        List<String> slowRunningOnNode2 = new ArrayList<>();
        int slowStarted = 0;
        for (int round = 0; round < 3 && slowRunningOnNode2.isEmpty(); round++) {
            for (int i = 0; i < SLOW_PER_ROUND; i++, slowStarted++) {
                send(1, "demo", "POST", "/engine-rest/message", Map.of("messageName", SLOW_MESSAGE,
                        "businessKey", "slow-" + slowStarted));
            }
            try {
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
                    failFast(drives);
                    slowRunningOnNode2.clear();
                    slowRunningOnNode2.addAll(slowStepsRunningOn(database, "node-2"));
                    return !slowRunningOnNode2.isEmpty();
                });
            } catch (ConditionTimeoutException e) {
                // node 1 took them all: start more through node 2
            }
        }
        assertThat(slowRunningOnNode2).as("a slow step running on node 2 (started %d through it)", slowStarted)
                .isNotEmpty();
        // node 2's job executor: the lock owner of the job it runs; every job locked by it now, with its lock's end
        String node2Owner = database.column("select lock_owner_ from act_ru_job where process_instance_id_ = '"
                + slowRunningOnNode2.get(0) + "'").get(0);
        Map<String, Long> heldByNode2 = new LinkedHashMap<>();
        for (String row : database.column("select concat(id_, ' ', (extract(epoch from lock_exp_time_) * 1000)"
                + "::bigint) from act_ru_job where lock_owner_ = '" + node2Owner + "' and lock_exp_time_ > "
                + "localtimestamp")) {
            heldByNode2.put(row.substring(0, row.indexOf(' ')), Long.parseLong(row.substring(row.indexOf(' ') + 1)));
        }
        Node killed = nodes.get(1);
        long[] atKill = {closed.get(), frames.count("status = 'PROCESSED'"), frames.count("status = 'RECEIVED'"),
                heldByNode2.size(), slowRunningOnNode2.size()};
        synchronized (ptys) {
            killed.jvm().kill();
            live = 1; // nobody reads the killed node's pty any more
        }
        long killedAt = System.nanoTime();
        // a job node 2 finished between the look and the kill was not held at the kill (a slow step cannot be)
        heldByNode2.keySet().removeIf(job -> {
            try {
                return database.single("select count(*) from act_hi_job_log where job_id_ = '" + job + "' and "
                        + "job_state_ = 2 and hostname_ like 'node-2%'") > 0;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        atKill[3] = heldByNode2.size();
        long killedWallClock = database.single("select (extract(epoch from localtimestamp) * 1000)::bigint");
        List<String> slowHeldByNode2 = heldByNode2.isEmpty() ? List.of() : database.column("select id_ from "
                + "act_ru_job where process_def_key_ = '" + SLOW_PROCESS + "' and id_ in ("
                + quoted(heldByNode2.keySet()) + ")");
        int slowTotal = slowStarted;
        // the survivor catches up: the clients move to it, the dead node's locked jobs expire, its ShedLock rows too
        Map<String, Long> left = new LinkedHashMap<>();
        try {
            await("the survivor to catch up").atMost(CATCH_UP).pollInterval(Duration.ofSeconds(1)).until(() -> {
                failFast(drives);
                left.clear();
                left.put("requests not closed", REQUESTS - database.single(
                        "select count(*) from service_request where status = 'CLOSED'"));
                left.put("frames waiting", frames.count("status = 'RECEIVED'"));
                left.put("leads not in the public pool", database.single(
                        "select count(*) from sales_lead where pool <> 'PUBLIC'"));
                left.put("opportunities not recycled", OPPORTUNITIES - database.single(
                        "select count(*) from opportunity where recycled_at is not null"));
                left.put("jobs due", database.single("select count(*) from act_ru_job where retries_ > 0 "
                        + "and (duedate_ is null or duedate_ <= current_timestamp)"));
                left.put("incidents", database.single("select count(*) from act_ru_incident"));
                left.put("slow steps not done", slowTotal - database.single("select count(*) from act_hi_procinst "
                        + "where proc_def_key_ = '" + SLOW_PROCESS + "' and end_time_ is not null"));
                return left.values().stream().allMatch(count -> count == 0)
                        && drives.stream().allMatch(Future::isDone);
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the survivor did not catch up within " + CATCH_UP + " after the kill; left: "
                    + left + "; clients still driving: " + drives.stream().filter(d -> !d.isDone()).count()
                    + " (logs: " + nodes.get(0).jvm().log() + ")", e);
        }
        for (Future<?> drive : drives) {
            drive.get(); // a client's failure is the test's
        }
        clients.awaitTermination(10, TimeUnit.SECONDS);
        double caughtUp = (System.nanoTime() - killedAt) / 1e9;

        Figures figures = new Figures(database, frames);
        figures.print(atKill, caughtUp, (System.nanoTime() - began) / 1e9);
        System.out.printf(" lead POSTs (with an Idempotency-Key) sent again to node 1 after node 2 did not answer %d, "
                + "answered with the lead entered first %d%n", keyedResent.get(), keyedReplayed.get());
        System.out.printf(" jobs node 2 held at the kill %d (slow steps %d, %d of them running), taken over by node 1 "
                + "after their lock ran out: %d; slow steps done %d of %d, each once; first takeover %.1f s after the "
                + "kill%n", heldByNode2.size(), slowHeldByNode2.size(), atKill[4],
                figures.single("select count(*) from act_hi_job_log where job_state_ = 2 and hostname_ like 'node-1%' "
                        + "and job_id_ in (" + quoted(heldByNode2.keySet()) + ")"),
                figures.single("select count(*) from act_hi_actinst where act_id_ = 'SlowStep' and end_time_ is not "
                        + "null"), slowTotal,
                firstTakeover(figures, slowHeldByNode2, killedWallClock));

        // every request closed exactly once: one close step, one triage job per instance
        assertThat(figures.requestsClosed).as("requests closed").isEqualTo(REQUESTS);
        assertThat(figures.single("select count(*) from (select proc_inst_id_ from act_hi_actinst where act_id_ = "
                + "'CloseServiceRequest' group by proc_inst_id_ having count(*) <> 1) d")).as("requests closed twice")
                .isZero();
        assertThat(figures.single("select count(*) from (select proc_inst_id_ from act_hi_actinst where act_id_ = "
                + "'TriageServiceRequest' and end_time_ is not null group by proc_inst_id_ having count(*) <> 1) d"))
                .as("requests triaged twice").isZero();
        // each frame processed exactly once, into one instance; nothing read by the killed reader half-stored
        assertThat(frames.count("status = 'RECEIVED'")).isZero();
        assertThat(frames.count("status = 'REJECTED'")).as("rejected frames").isZero();
        assertThat(frames.duplicateInstances()).as("frames with two instances").isZero();
        assertThat(frames.framesWithoutInstance()).as("processed frames without an instance").isZero();
        assertThat(frames.instances()).isEqualTo(figures.framesProcessed);
        assertThat(frames.count("device_id = 'R1'")).as("the survivor's swipes, all read")
                .isEqualTo((long) REQUESTS * FRAMES_PER_REQUEST);
        assertThat(figures.single("select count(*) from sales_lead")).as("leads entered (each once: their POSTs "
                + "carry an Idempotency-Key)").isEqualTo(LEADS);
        // each lead's timers and the lead sweep: recycled once, reminded at most once, moved to the public pool once
        assertThat(figures.single("select count(*) from sales_lead l where recycle_count <> (select count(*) from "
                + "lead_activity a where a.lead_id = l.id and a.kind = 'ASSIGNED')")).as("assigned leads not recycled "
                + "exactly once").isZero();
        for (String kind : List.of("RECYCLED", "MOVED_TO_PUBLIC")) {
            assertThat(figures.single("select count(*) from sales_lead l where (select count(*) from lead_activity a "
                    + "where a.lead_id = l.id and a.kind = '" + kind + "') <> 1")).as("leads without exactly one "
                    + kind).isZero();
        }
        assertThat(figures.single("select count(*) from sales_lead l where (select count(*) from lead_activity a "
                + "where a.lead_id = l.id and a.kind = 'REMINDER') > 1")).as("leads reminded twice").isZero();
        assertThat(figures.single("select coalesce(sum(held), 0) from resource_holding where resource_type in "
                + "('LEAD', 'OPPORTUNITY')")).as("places still held for recycled leads and opportunities").isZero();
        // the untouched sweep: each opportunity recycled once
        assertThat(figures.single("select count(*) from opportunity o where (select count(*) from "
                + "opportunity_stage_change c where c.opportunity_id = o.id and c.note like 'Recycled: untouched%') "
                + "<> 1")).as("opportunities not recycled exactly once").isZero();
        // no job done twice, none left failing
        assertThat(figures.single("select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 "
                + "group by job_id_ having count(*) > 1) d")).as("jobs that succeeded twice").isZero();
        assertThat(figures.single("select count(*) from act_ru_incident")).as("incidents").isZero();
        // the jobs node 2 held when it was killed (the slow steps it ran among them) were done once, by node 1,
        // after their lock ran out; or deleted, as a lead's reminder timer is when its follow-up timer ended the task
        assertThat(slowHeldByNode2).as("slow steps node 2 held at the kill").isNotEmpty();
        assertThat(heldByNode2.keySet()).containsAll(slowHeldByNode2);
        for (Map.Entry<String, Long> job : heldByNode2.entrySet()) {
            String id = job.getKey();
            assertThat(figures.single("select count(*) from act_hi_job_log where job_id_ = '" + id + "' and "
                    + "job_state_ = 2")).as("job %s held by the killed node: successes", id)
                    .isLessThanOrEqualTo(1);
            assertThat(figures.single("select count(*) from act_hi_job_log where job_id_ = '" + id + "' and (("
                    + "job_state_ = 2 and hostname_ like 'node-1%' and (extract(epoch from timestamp_) * 1000)::bigint "
                    + ">= " + job.getValue() + ") or job_state_ = 3)")).as("job %s held by the killed node, taken over "
                    + "by node 1 after its lock ran out (or deleted)", id).isPositive();
        }
        for (String id : slowHeldByNode2) {
            assertThat(figures.single("select count(*) from act_hi_job_log where job_id_ = '" + id + "' and "
                    + "job_state_ = 2 and hostname_ like 'node-1%'")).as("slow step %s done by node 1", id).isOne();
        }
        assertThat(figures.single("select count(*) from (select proc_inst_id_ from act_hi_actinst where act_id_ = "
                + "'SlowStep' and end_time_ is not null group by proc_inst_id_ having count(*) <> 1) d"))
                .as("slow steps done twice").isZero();
    }

    private static String quoted(java.util.Collection<String> ids) {
        return ids.isEmpty() ? "''" : ids.stream().map(id -> "'" + id + "'").collect(java.util.stream.Collectors
                .joining(", "));
    }

    /** Seconds from the kill to the first success by node 1 of a slow step node 2 held. */
    private static double firstTakeover(Figures figures, List<String> slowHeld, long killedAtMillis)
            throws Exception {
        return (figures.single("select coalesce(min((extract(epoch from timestamp_) * 1000)::bigint), 0) from "
                + "act_hi_job_log where job_state_ = 2 and job_id_ in (" + quoted(slowHeld) + ")") - killedAtMillis)
                / 1000.0;
    }

    /**
     * Process instance ids of the slow steps running right now on the node's database connections (the nodes name
     * their connections; a slow step's SQL names its instance).
     */
    private static List<String> slowStepsRunningOn(TestDatabase database, String node) throws Exception {
        return database.column("select substring(query from '" + SLOW_MARK + " ([0-9a-f-]+)') from "
                + "pg_stat_activity where application_name = '" + node + "' and state = 'active' and query like '%"
                + SLOW_MARK + "%'");
    }

    /**
     * Deploys the test's own process over the engine REST API as an administrator: started by a message, one
     * asynchronous step that waits SLOW_STEP in the database (an expression on the application's JdbcTemplate:
     * nothing added to the application), so that a node running it certainly holds its job when it is killed.
     */
    private void deploySlowProcess() throws Exception {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="ClusterSlowStep"
                    targetNamespace="http://relaycrm.com/test/cluster">
                  <bpmn:message id="SlowStart" name="%s"/>
                  <bpmn:process id="%s" name="Cluster test: a slow step" isExecutable="true"
                      camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="Start"><bpmn:messageEventDefinition messageRef="SlowStart"/></bpmn:startEvent>
                    <bpmn:sequenceFlow id="ToSlow" sourceRef="Start" targetRef="SlowStep"/>
                    <bpmn:serviceTask id="SlowStep" camunda:asyncBefore="true" camunda:exclusive="false"
                        camunda:expression="${jdbcTemplate.queryForList('select pg_sleep(%d) -- %s '.concat(execution.processInstanceId))}"/>
                    <bpmn:sequenceFlow id="ToEnd" sourceRef="SlowStep" targetRef="End"/>
                    <bpmn:endEvent id="End"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(SLOW_MESSAGE, SLOW_PROCESS, SLOW_STEP.toSeconds(), SLOW_MARK);
        String boundary = "cluster" + UUID.randomUUID().toString().replace("-", "");
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + "cluster-test\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; "
                + "filename=\"cluster-slow-step.bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bpmn
                + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(nodes.get(0).base()
                        + "/engine-rest/deployment/create"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "demo:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("deploying the slow process: %s", answer.body()).isEqualTo(200);
    }

    /** Card swipes after the request closed as {@code closed}-th: FRAMES_PER_REQUEST on each live node's reader. */
    private void swipe(int closed) {
        synchronized (ptys) {
            for (int n = 0; n < live; n++) {
                String device = "R" + (n + 1);
                ptys.get(n).writeLines(Stream.iterate(0, i -> i + 1).limit(FRAMES_PER_REQUEST)
                        .map(i -> FrameProtocol.frame("CARD|" + device + "|NEW-" + device + "-" + closed + "-" + i))
                        .toArray(String[]::new));
            }
        }
    }

    /** A client that failed fails the test at once (with its cause), instead of after the wait. */
    private static void failFast(List<Future<?>> drives) throws Exception {
        for (Future<?> drive : drives) {
            if (drive.isDone()) {
                drive.get();
            }
        }
    }

    /** Opens a service request over /api and drives it through its tasks over the engine REST API until closed. */
    private void drive(int i, long customerId, long assetId) throws Exception {
        JsonNode request = post(i, "service1", "/api/service-requests", Map.of("customerId", customerId,
                "assetId", assetId, "type", "REPAIR", "subject", "Cluster request " + i,
                "description", "Opened by the cluster test"));
        String instance = request.get("processInstanceId").asText();
        long id = request.get("id").asLong();
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        for (int step = i; System.nanoTime() < deadline; step++) {
            JsonNode tasks = get(step, "demo", "/engine-rest/task?processInstanceId=" + instance);
            if (tasks.isEmpty()) {
                if ("CLOSED".equals(get(step, "service1", "/api/service-requests/" + id).path("request").path("status").asText())) {
                    return;
                }
                Thread.sleep(200); // the triage job is still waiting for a job executor: poll again
                continue;
            }
            JsonNode task = tasks.get(0);
            Map.Entry<String, Map<String, Object>> work = work(task.get("taskDefinitionKey").asText());
            // a completion the killed node took may have been done or not: the next round looks again
            send(step, work.getKey(), "POST", "/engine-rest/task/" + task.get("id").asText() + "/complete",
                    Map.of("variables", work.getValue()));
        }
        throw new AssertionError("request " + i + " (" + instance + ") not closed within " + CATCH_UP);
    }

    /** Who does a task of the service flow and with what (the happy path). */
    private static Map.Entry<String, Map<String, Object>> work(String taskKey) {
        return switch (taskKey) {
            case "DispatchWorkOrder" -> Map.entry("service1", variables("engineerId", "engineer1"));
            case "AcceptWorkOrder" -> Map.entry("engineer1", variables("engineerDecision", "ACCEPT"));
            case "RepairAndReport" -> {
                Map<String, Object> report = variables("labourHours", 1.0, "paidLabour", false,
                        "repairOutcome", "FIXED", "repairResult", "Done");
                // the report form's table of parts, as Tasklist sends a dynamic list: Json text of the rows
                report.put("partsUsed", Map.of("type", "Json", "value", "[{\"partNumber\": \"P-1\", "
                        + "\"description\": \"Fuse\", \"quantity\": 1, \"unitPrice\": 2.50, \"oldPartSerial\": \"OLD-1\"}]"));
                yield Map.entry("engineer1", report);
            }
            case "ReturnVisit" -> Map.entry("service1", variables("satisfactionScore", "5", "problemSolved", "YES",
                    "engineerOnTime", "YES"));
            default -> throw new AssertionError("unexpected task " + taskKey);
        };
    }

    private static Map<String, Object> variables(Object... pairs) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            variables.put((String) pairs[i], Map.of("value", pairs[i + 1]));
        }
        return variables;
    }

    private JsonNode get(int preferred, String user, String path) throws Exception {
        return send(preferred, user, "GET", path, null);
    }

    private JsonNode post(int preferred, String user, String path, Object body) throws Exception {
        return send(preferred, user, "POST", path, body);
    }

    /**
     * One call to a live node, taking turns by {@code preferred}; a node that does not answer (killed) is left for
     * the next. A completion refused because the task is gone (done through the other node) is not an error; any
     * other answer above 299 is.
     */
    private JsonNode send(int preferred, String user, String method, String path, Object body) throws Exception {
        return send(preferred, user, method, path, body, Map.of());
    }

    /** As {@link #send(int, String, String, String, Object)} with these request headers (sent again on a retry). */
    private JsonNode send(int preferred, String user, String method, String path, Object body,
                          Map<String, String> headers) throws Exception {
        IOException unreachable = null;
        for (int attempt = 0; attempt < nodes.size(); attempt++) {
            Node node = nodes.get(Math.floorMod(preferred + attempt, nodes.size()));
            HttpRequest.Builder call = HttpRequest.newBuilder(URI.create(node.base() + path))
                    .timeout(Duration.ofSeconds(90))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/json");
            headers.forEach(call::header);
            if (body != null) {
                call.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            } else {
                call.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> answer;
            try {
                answer = http.send(call.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                unreachable = e;
                if (headers.containsKey("Idempotency-Key")) {
                    keyedResent.incrementAndGet();
                }
                continue;
            }
            if (answer.headers().firstValue("Idempotent-Replayed").isPresent()) {
                keyedReplayed.incrementAndGet();
            }
            if (answer.statusCode() == 404 && path.endsWith("/complete")) {
                return json.nullNode();
            }
            if (answer.statusCode() > 299) {
                throw new AssertionError(method + " " + path + " as " + user + " on node " + node.number() + ": "
                        + answer.statusCode() + " " + answer.body());
            }
            return answer.body().isBlank() ? json.nullNode() : json.readTree(answer.body());
        }
        throw new AssertionError("no node answered " + method + " " + path, unreachable);
    }

    /** A copy of the decision tables whose lead periods are seconds: follow up within 30 s, reminded 15 s before. */
    private static Path shortLeadPeriods(Path dir) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        try (Stream<Path> tables = Files.list(Path.of("rules"))) {
            for (Path table : tables.toList()) {
                Files.copy(table, rules.resolve(table.getFileName()));
            }
        }
        Path leads = rules.resolve("alerts-leads.drl.csv");
        String table = Files.readString(leads);
        String shortened = table.replaceAll("(?m)^(WEB_FORM|EVENT|\\*),[^,\\n]*,[^,\\n]*,[^,\\n]*$",
                "$1,PT30S,PT15S,PT15S");
        assertThat(shortened).as("the alerts-leads table's period rows").isNotEqualTo(table);
        Files.writeString(leads, shortened);
        return rules;
    }

    /** The HTTP ports of the two nodes: -Dcluster.http-ports=a,b, else two free ones. */
    private static int[] httpPorts() throws IOException {
        String given = System.getProperty("cluster.http-ports");
        if (given != null) {
            return Stream.of(given.split(",")).mapToInt(port -> Integer.parseInt(port.trim())).toArray();
        }
        try (ServerSocket a = new ServerSocket(0); ServerSocket b = new ServerSocket(0)) {
            return new int[] {a.getLocalPort(), b.getLocalPort()};
        }
    }

    /** One application JVM of the cluster, with its card reader on a pty. */
    private record Node(int number, int port, ApplicationJvm jvm) {

        static Node start(int number, int port, TestDatabase database, SocatPty pty, Path rules, Path dir)
                throws IOException {
            String interval = "PT5S";
            List<String> arguments = List.of("--server.port=" + port,
                    // the first node seeds the demo organisation (users, reps, customers); a second node never does
                    "--relay.demo-data.enabled=" + (number == 1),
                    "--relay.devices.ports[0].path=" + pty.gatewaySide(), "--relay.devices.ports[0].type=CARD",
                    "--relay.devices.ports[0].device-id=R" + number, "--relay.devices.ports[0].baud=115200",
                    "--relay.devices.processor.poll-interval=PT0.5S",
                    // the engine's host name goes into the job log: which node did each job
                    "--camunda.bpm.generic-properties.properties.hostname=node-" + number,
                    "--camunda.bpm.job-execution.lock-time-in-millis=" + JOB_LOCK.toMillis(),
                    "--camunda.bpm.job-execution.max-wait=3000",
                    // administrators may start the test's own slow process (its message start) over the engine REST
                    "--relay.authorizations.process-starters." + SLOW_PROCESS + "=admin",
                    "--relay.sales.recycling-sweep-interval=" + interval,
                    "--relay.sales.untouched-recycle-after=PT60S",
                    "--relay.scheduling.lead-recycling-sweep.lock-at-least-for=PT4S",
                    "--relay.scheduling.lead-recycling-sweep.lock-at-most-for=PT20S",
                    "--relay.scheduling.untouched-recycling-sweep.lock-at-least-for=PT4S",
                    "--relay.scheduling.untouched-recycling-sweep.lock-at-most-for=PT20S");
            ApplicationJvm jvm = ApplicationJvm.start("node " + number, database, arguments,
                    // a pool of 8 each: the database server may be shared with other test runs (max_connections)
                    // and named connections: the test sees which node runs a slow step (pg_stat_activity)
                    Map.of("RELAY_RULES_LOCATION", rules.toUri().toString(), "RELAY_DB_POOL_SIZE", "8",
                            "RELAY_DB_URL", database.url() + (database.url().contains("?") ? "&" : "?")
                                    + "ApplicationName=node-" + number),
                    dir.resolve("node-" + number + ".log"));
            return new Node(number, port, jvm);
        }

        String base() {
            return "http://127.0.0.1:" + port;
        }
    }

    /** The figures printed at the end, from the database. */
    private static final class Figures {

        private final TestDatabase database;
        final long requestsClosed;
        final long framesProcessed;

        Figures(TestDatabase database, StoredFrames frames) throws Exception {
            this.database = database;
            this.requestsClosed = database.single("select count(*) from service_request where status = 'CLOSED'");
            this.framesProcessed = frames.count("status = 'PROCESSED'");
        }

        long single(String sql) throws Exception {
            return database.single(sql);
        }

        void print(long[] atKill, double caughtUpSeconds, double totalSeconds) throws Exception {
            System.out.printf("%n Two-node cluster test: node 2 killed (SIGKILL) with %d of %d requests closed, %d "
                    + "frames processed, %d waiting, %d jobs locked by node 2%n", atKill[0], REQUESTS, atKill[1], atKill[2],
                    atKill[3]);
            System.out.printf(" survivor caught up %.1f s after the kill (job lock time %d s); whole run %.1f s%n",
                    caughtUpSeconds, JOB_LOCK.toSeconds(), totalSeconds);
            System.out.printf(" requests closed %d | frames stored %d, processed %d, card-swipe instances %d%n",
                    requestsClosed, single("select count(*) from device_frame"), framesProcessed,
                    single("select count(*) from act_hi_procinst where proc_def_key_ = 'card-swipe'"));
            System.out.printf(" leads %d: recycled by their timer %d, by the sweep %d, to the department pool at "
                    + "once %d; reminders %d; moved to the public pool %d%n", single("select count(*) from sales_lead"),
                    single("select count(*) from lead_activity where kind = 'RECYCLED' and note not like "
                            + "'%recycling sweep%' and note not like 'No rep%'"),
                    single("select count(*) from lead_activity where note like '%recycling sweep%'"),
                    single("select count(*) from lead_activity where note like 'No rep%'"),
                    single("select count(*) from lead_activity where kind = 'REMINDER'"),
                    single("select count(*) from lead_activity where kind = 'MOVED_TO_PUBLIC'"));
            System.out.printf(" opportunities recycled by the untouched sweep %d of %d%n",
                    single("select count(*) from opportunity_stage_change where note like 'Recycled: untouched%'"),
                    OPPORTUNITIES);
            System.out.printf(" jobs succeeded %d (node 1: %d, node 2: %d), failed attempts %d, succeeded twice %d; "
                    + "incidents %d%n", single("select count(*) from act_hi_job_log where job_state_ = 2"),
                    single("select count(*) from act_hi_job_log where job_state_ = 2 and hostname_ like 'node-1%'"),
                    single("select count(*) from act_hi_job_log where job_state_ = 2 and hostname_ like 'node-2%'"),
                    single("select count(*) from act_hi_job_log where job_state_ = 1"),
                    single("select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 group by "
                            + "job_id_ having count(*) > 1) d"),
                    single("select count(*) from act_ru_incident"));
        }
    }
}
