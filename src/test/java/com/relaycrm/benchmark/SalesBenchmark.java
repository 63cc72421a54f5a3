package com.relaycrm.benchmark;

import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.sales.capacity.CapacityService;
import com.relaycrm.sales.capacity.ResourceType;
import com.relaycrm.sales.lead.Lead;
import com.relaycrm.sales.lead.LeadCommands.NewLead;
import com.relaycrm.sales.lead.LeadRecyclingSweep;
import com.relaycrm.sales.lead.LeadService;
import com.relaycrm.sales.lead.LeadSource;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sales benchmark: (1) 10,000 leads entered and assigned by rule, each starting its lead-lifecycle process (4 client
 * threads, 50 reps of one department, maximums row-locked); (2) the recycling sweep over 100,000 overdue held leads
 * (rows inserted directly, without processes, so the sweep alone is measured). Prints leads per second.
 * Run: ./mvnw test -Dtest=SalesBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dsales.bench.assign=10000 -Dsales.bench.sweep=100000]
 */
@RelayIntegrationTest
class SalesBenchmark {

    private static final int ASSIGN = Integer.getInteger("sales.bench.assign", 10_000);
    private static final int SWEEP = Integer.getInteger("sales.bench.sweep", 100_000);
    private static final int REPS = 50;
    private static final int THREADS = 4;

    @Autowired LeadService leads;
    @Autowired LeadRecyclingSweep sweep;
    @Autowired CapacityService capacity;
    @Autowired OrganisationService organisation;
    @Autowired JdbcTemplate jdbc;

    @Test
    void assignAndSweep() throws Exception {
        String department = "BENCH-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        organisation.addDepartment(department, "Benchmark department", null);
        List<String> reps = new ArrayList<>();
        for (int i = 0; i < REPS; i++) {
            String rep = "bench" + department.substring(6).toLowerCase() + i;
            capacity.registerRep(rep, department, null);
            capacity.setMaximum(rep, ResourceType.LEAD, SWEEP);
            reps.add(rep);
        }

        // (1) assignment
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<Integer>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(pool.submit(() -> {
                int assigned = 0;
                while (next.getAndIncrement() < ASSIGN) {
                    Lead lead = leads.create(new NewLead("Bench lead", null, LeadSource.IMPORT, null, null, department,
                            null, null), Fixtures.ADMIN);
                    assigned += lead.getId() != null ? 1 : 0;
                }
                return assigned;
            }));
        }
        int assigned = 0;
        for (Future<Integer> future : futures) {
            assigned += future.get();
        }
        double assignSeconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Map<String, Integer> held = reps.stream().collect(Collectors.toMap(r -> r,
                r -> capacity.holding(r, ResourceType.LEAD).held()));
        int heldTotal = held.values().stream().mapToInt(Integer::intValue).sum();

        // (2) sweep over SWEEP overdue held leads
        Timestamp past = Timestamp.from(Instant.now().minus(Duration.ofDays(1)));
        long insertStart = System.nanoTime();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < SWEEP; i++) {
            String owner = reps.get(i % REPS);
            rows.add(new Object[] {"Swept lead " + i, department, owner, past, past, past});
            if (rows.size() == 5000 || i == SWEEP - 1) {
                jdbc.batchUpdate("insert into sales_lead (name, source, department_code, status, pool, owner_id, "
                        + "follow_up_due_at, last_activity_at, recycle_count, created_by, created_at) "
                        + "values (?, 'IMPORT', ?, 'ASSIGNED', 'PERSONAL', ?, ?, ?, 0, 'bench', ?)", rows);
                rows.clear();
            }
        }
        for (String rep : reps) {
            jdbc.update("update resource_holding set held = held + ? where user_id = ? and resource_type = 'LEAD'",
                    SWEEP / REPS, rep);
        }
        double insertSeconds = (System.nanoTime() - insertStart) / 1e9;
        long sweepStart = System.nanoTime();
        int swept = sweep.recycleOverdue(Instant.now());
        double sweepSeconds = (System.nanoTime() - sweepStart) / 1e9;
        int heldAfter = reps.stream().mapToInt(r -> capacity.holding(r, ResourceType.LEAD).held()).sum();

        String db = jdbc.getDataSource().getConnection().getMetaData().getDatabaseProductName();
        System.out.println();
        System.out.println("SalesBenchmark on " + db + " (" + Runtime.getRuntime().availableProcessors() + " cores)");
        System.out.println("| step | leads | seconds | leads/s | check |");
        System.out.println("|---|---:|---:|---:|---|");
        System.out.printf("| enter + assign by rule (process start, %d threads, %d reps) | %d | %.1f | %.0f | %d held |%n",
                THREADS, REPS, assigned, assignSeconds, assigned / assignSeconds, heldTotal);
        System.out.printf("| insert overdue held leads (setup, JDBC batch) | %d | %.1f | %.0f | |%n",
                SWEEP, insertSeconds, SWEEP / insertSeconds);
        System.out.printf("| recycling sweep (batches of 1000) | %d | %.1f | %.0f | %d still held by the reps |%n",
                swept, sweepSeconds, swept / sweepSeconds, heldAfter);
        if (heldTotal != assigned || swept < SWEEP || heldAfter != heldTotal) {
            throw new AssertionError("unexpected counts: assigned " + assigned + ", held " + heldTotal + ", swept "
                    + swept + ", held after " + heldAfter);
        }
    }
}
