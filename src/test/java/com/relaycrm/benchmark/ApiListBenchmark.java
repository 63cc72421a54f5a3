package com.relaycrm.benchmark;

import com.relaycrm.customer.Asset;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test (excluded from {@code ./mvnw test}): the /api lists a person waits on, at volume. It writes
 * {@code benchmark.records} leads (spread over five reps and the pool), as many service requests, and a member with
 * {@code benchmark.ledger} points entries, as many opportunities and loans (one in twenty overdue) straight into the
 * tables (the lists and reports read them, nothing else does), then times the first and a later page as a manager,
 * a rep, the desk and a member's owner, and the sales funnel, overdue-loans, service and process-history reports.
 * Prints p50 / p95.
 *
 * <pre>
 * SPRING_PROFILES_ACTIVE=postgres RELAY_DB_URL=jdbc:postgresql://127.0.0.1:5432/bench RELAY_DB_USER=postgres \
 *   ./mvnw test -Dtest=ApiListBenchmark -Dbenchmark.records=100000 -Dbenchmark.ledger=10000
 * </pre>
 */
@RelayIntegrationTest
class ApiListBenchmark {

    private static final int REPEAT = 30;
    private static final String[] REPS = {"sales1", "sales2", "sales3", "bench-rep-4", "bench-rep-5"};

    @Autowired TestRestTemplate rest;
    @Autowired DataSource dataSource;
    @Autowired Fixtures fixtures;

    record Row(String query, double p50, double p95, int bytes) {}

    @Test
    void benchmark() throws Exception {
        int records = Integer.getInteger("benchmark.records", 100_000);
        int ledger = Integer.getInteger("benchmark.ledger", 10_000);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Customer company = fixtures.company();
        Asset asset = fixtures.assetInWarranty(company);
        Customer member = fixtures.customer(MemberTier.GOLD, "sales1");

        Integer filled = jdbc.queryForObject("select count(*) from sales_lead where created_by = 'bench'",
                Integer.class);
        long memberId = member.getId();
        if (filled != null && filled >= records) {
            // the volume of an earlier run in this database: measured again as it is, not written a second time
            System.out.printf("%,d benchmark leads and the rest of the volume already stored: not written again%n",
                    filled);
            memberId = jdbc.queryForObject("select customer_id from points_entry where source_type = 'BENCH' "
                    + "group by customer_id order by count(*) desc limit 1", Long.class);
        } else {
            fill(jdbc, records, ledger, company, asset, member);
        }
        try (var connection = dataSource.getConnection()) {
            if (connection.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
                // what autovacuum does after a burst of inserts (PostgreSQL 13+ vacuums insert-only tables too):
                // statistics, and the visibility map that lets the reports' sums read their indexes only
                for (String table : List.of("sales_lead", "service_request", "points_entry", "opportunity", "loan",
                        "customer", "points_account", "device_frame", "expense_request", "expense_approval_step",
                        "return_visit", "loan_item", "act_hi_procinst", "act_hi_actinst")) {
                    jdbc.execute("vacuum analyze " + table);
                }
            }
        }

        int lastPage = records / 50 / 2;
        List<Row> rows = new ArrayList<>();
        rows.add(time("leads, manager, page 0", "salesmgr1", "/api/sales/leads?size=50"));
        rows.add(time("leads, manager, page " + lastPage, "salesmgr1", "/api/sales/leads?size=50&page=" + lastPage));
        rows.add(time("leads, manager, department pool", "salesmgr1", "/api/sales/leads?pool=DEPARTMENT"));
        rows.add(time("leads, rep (own), page 0", "sales2", "/api/sales/leads?size=50"));
        rows.add(time("service requests, desk, page 0", "service1", "/api/service-requests?size=50"));
        rows.add(time("service requests, desk, page " + lastPage, "service1",
                "/api/service-requests?size=50&page=" + lastPage));
        rows.add(time("points ledger of a member, page 0", "sales1",
                "/api/loyalty/members/" + memberId + "/ledger?page=0&size=50"));
        rows.add(time("points ledger of a member, page 100", "sales1",
                "/api/loyalty/members/" + memberId + "/ledger?page=100&size=50"));

        rows.add(time("report: sales funnel by stage, manager", "salesmgr1", "/api/sales/funnel?by=stage"));
        rows.add(time("report: sales funnel by month, manager", "salesmgr1", "/api/sales/funnel?by=month"));
        rows.add(time("report: sales funnel by owner, a rep", "sales2", "/api/sales/funnel?by=owner"));
        rows.add(time("report: overdue loans, manager", "salesmgr1", "/api/loans/overdue-report"));
        rows.add(time("report: service by queue and month, desk", "service1", "/api/service-requests/report"));
        rows.add(time("report: process history, manager", "salesmgr1", "/api/process-history/report"));
        rows.add(time("report: loyalty tiers and ledger, manager", "salesmgr1", "/api/loyalty/report"));
        rows.add(time("report: device frames, admin", "demo", "/api/devices/report"));
        rows.add(time("report: waiting approvals over 24 h, manager", "salesmgr1",
                "/api/expenses/waiting-approvals?hours=24"));

        System.out.println();
        System.out.printf("%,d leads, service requests, opportunities and loans each; a member with %,d ledger "
                + "entries%n", records, ledger);
        System.out.printf("%-42s %10s %10s %10s%n", "GET", "p50 ms", "p95 ms", "bytes");
        for (Row row : rows) {
            System.out.printf("%-42s %10.1f %10.1f %10d%n", row.query(), row.p50(), row.p95(), row.bytes());
        }
    }

    /**
     * What the loyalty, device and approvals report pages read: {@code records} members (customers with a points
     * account, tiers spread) each with one ledger entry of a kind, as many device frames over four ports (processed,
     * rejected for several reasons) and as many expense requests waiting at one approval step of six
     * approvers, created over the last 60 days. Codes carry the run's time, so a database can be filled again.
     */
    /** Writes the volume: {@code records} of each kind and a member's {@code ledger} entries. */
    private void fill(JdbcTemplate jdbc, int records, int ledger, Customer company, Asset asset, Customer member) {
        long t0 = System.nanoTime();
        Timestamp now = Timestamp.from(Instant.now());
        batch(jdbc, "insert into sales_lead (name, source, department_code, status, pool, owner_id, last_activity_at, "
                + "created_by, created_at) values (?, 'WEB_FORM', 'SALES-N', ?, ?, ?, ?, 'bench', ?)", records,
                i -> {
                    boolean pooled = i % 10 == 0;
                    return new Object[] {"Lead " + i, pooled ? "IN_POOL" : "ASSIGNED",
                            pooled ? "DEPARTMENT" : "PERSONAL", pooled ? null : REPS[i % REPS.length], now, now};
                });
        // opened over the last year in four queues, answered within 0-2 hours and resolved within 0-2 days, one in
        // five with a return visit: what the service report groups
        String[] queues = {"HARDWARE", "SOFTWARE", "FIELD", "VIP"};
        batch(jdbc, "insert into service_request (customer_id, asset_id, request_type, subject, description, status, "
                + "queue, first_responded_at, resolved_at, created_by, created_at) values (?, ?, 'REPAIR', ?, "
                + "'benchmark', 'OPEN', ?, ?, ?, 'bench', ?)", records, i -> {
                    Instant opened = now.toInstant().minus(java.time.Duration.ofHours(i % 8_760));
                    return new Object[] {company.getId(), asset.getId(), "Request " + i, queues[i % queues.length],
                            Timestamp.from(opened.plusSeconds(60L * (i % 120))),
                            i % 7 == 0 ? null : Timestamp.from(opened.plusSeconds(3_600L * (i % 48))),
                            Timestamp.from(opened)};
                });
        jdbc.update("insert into return_visit (service_request_id, score, problem_solved, engineer_on_time, "
                + "visited_by, visited_at) select id, 1 + mod(id, 5), true, true, 'bench', created_at "
                + "from service_request where description = 'benchmark' and mod(id, 5) = 0");
        batch(jdbc, "insert into points_entry (customer_id, entry_type, points, available_after, accumulated_after, "
                + "source_type, source_reference, created_by, created_at) values (?, 'BONUS', 10, ?, ?, 'BENCH', ?, "
                + "'bench', ?)", ledger, i -> new Object[] {member.getId(), 10L * (i + 1), 10L * (i + 1), "B-" + i, now});
        String[] stages = {"NEW", "IDENTIFIED", "ANALYSIS", "SOLUTION", "REVIEW", "BIDDING", "NEGOTIATION", "CONTRACT"};
        java.sql.Date today = java.sql.Date.valueOf(java.time.LocalDate.now());
        batch(jdbc, "insert into opportunity (name, customer_id, owner_id, department_code, amount, expected_close_on, "
                + "stage, status, created_at, last_activity_at) values (?, ?, ?, 'SALES-N', ?, ?, ?, ?, ?, ?)", records,
                i -> new Object[] {"Opportunity " + i, company.getId(), REPS[i % REPS.length],
                        new java.math.BigDecimal(1000 + i % 97 * 100), java.sql.Date.valueOf(
                        java.time.LocalDate.now().plusDays(i % 365)), stages[i % stages.length],
                        i % 20 == 0 ? "LOST" : "OPEN", now, now});
        // one loan in twenty overdue: approved and not shipped, or shipped and not returned, by yesterday
        batch(jdbc, "insert into loan (customer_id, owner_id, purpose, status, expected_ship_date, "
                + "expected_feedback_date, expected_return_date, requested_at) values (?, ?, 'benchmark', ?, ?, ?, ?, ?)",
                records, i -> {
                    boolean overdue = i % 20 == 0;
                    java.sql.Date past = java.sql.Date.valueOf(java.time.LocalDate.now().minusDays(1 + i % 120));
                    java.sql.Date future = java.sql.Date.valueOf(java.time.LocalDate.now().plusDays(30));
                    String status = i % 3 == 0 ? "APPROVED" : i % 3 == 1 ? "SHIPPED" : "CLOSED";
                    return new Object[] {company.getId(), REPS[i % REPS.length], status,
                            overdue && status.equals("APPROVED") ? past : future, future,
                            overdue && status.equals("SHIPPED") ? past : future, now};
                });
        // two items a loan, the second half settled: what the overdue report sums per loan
        jdbc.update("insert into loan_item (loan_id, line_no, product, quantity, unit_price, settled_quantity, "
                + "pending_quantity) select id, 1, 'Demo printer', 2, 1000.00, 0, 0 from loan where purpose = 'benchmark'");
        jdbc.update("insert into loan_item (loan_id, line_no, product, quantity, unit_price, settled_quantity, "
                + "pending_quantity) select id, 2, 'Scanner', 4, 500.00, 2, 0 from loan where purpose = 'benchmark'");
        writeReportVolume(jdbc, records, now);
        writeProcessHistory(jdbc, records, now);
        System.out.printf("wrote %,d leads, service requests, opportunities, loans, members with their points, "
                + "ledger entries, device frames and waiting approvals, %,d ledger entries of one member in %.1f s%n",
                records, ledger, (System.nanoTime() - t0) / 1e9);
    }

    private static void writeReportVolume(JdbcTemplate jdbc, int records, Timestamp now) {
        String run = Long.toString(System.currentTimeMillis(), 36);
        String[] tiers = {"NONE", "STANDARD", "SILVER", "GOLD", "PLATINUM"};
        batch(jdbc, "insert into customer (code, name, kind, member_tier, created_at) values (?, ?, 'INDIVIDUAL', ?, ?)",
                records, i -> new Object[] {"BM-" + run + "-" + i, "Member " + i, tiers[i % tiers.length], now});
        List<Long> members = jdbc.queryForList("select id from customer where code like ? order by id", Long.class,
                "BM-" + run + "-%");
        batch(jdbc, "insert into points_account (customer_id, available_points, accumulated_points, tier, version, "
                + "updated_at) values (?, ?, ?, ?, 0, ?)", records,
                i -> new Object[] {members.get(i), (long) (i % 1000), (long) (i % 5000), tiers[i % tiers.length], now});
        String[] entryTypes = {"ACCRUAL", "ACCRUAL", "BONUS", "REDEMPTION", "EXPIRY", "ADJUSTMENT"};
        batch(jdbc, "insert into points_entry (customer_id, entry_type, points, available_after, accumulated_after, "
                + "source_type, source_reference, created_by, created_at) values (?, ?, ?, 0, 0, 'BENCH', ?, "
                + "'bench', ?)", records, i -> {
                    String type = entryTypes[i % entryTypes.length];
                    long points = type.equals("REDEMPTION") || type.equals("EXPIRY") ? -(i % 300) : i % 300;
                    return new Object[] {members.get(i), type, points, "R-" + run + "-" + i, now};
                });
        String[] reasons = {"unknown device D-9", "bad checksum: expected 3F", "malformed: no fields",
                "unknown card 12345", "failed 3 times: timeout"};
        batch(jdbc, "insert into device_frame (port_path, device_type, device_id, raw_bytes, line_text, received_at, "
                + "status, reason, attempts, outcome, processed_at) values (?, 'POS', ?, ?, 'bench', ?, ?, ?, 1, null, ?)",
                records, i -> {
                    // none waiting: the running gateway would process them while the report is timed
                    String status = i % 20 == 0 ? "REJECTED" : "PROCESSED";
                    return new Object[] {"/dev/bench-" + run + "-" + (i % 4), "POS-" + (i % 40), new byte[] {1, 2, 3},
                            now, status, status.equals("REJECTED") ? reasons[i % reasons.length] : null, now};
                });
        batch(jdbc, "insert into expense_request (request_number, requester_id, department_code, expense_type, amount, "
                + "currency, purpose, status, created_at) values (?, ?, 'SALES-N', 'TRAVEL', 100.00, 'CNY', 'benchmark', "
                + "'IN_APPROVAL', ?)", records, i -> new Object[] {"B" + run + "-" + i, "bench-" + run, now});
        List<Long> expenses = jdbc.queryForList("select id from expense_request where requester_id = ? order by id",
                Long.class, "bench-" + run);
        String[] approvers = {"salesmgr1", "group:sales-manager", "finance1", "group:finance", "servicemgr1", "demo"};
        Instant start = now.toInstant();
        batch(jdbc, "insert into expense_approval_step (expense_request_id, level_no, approver, decision, created_at) "
                + "values (?, ?, ?, 'PENDING', ?)", records, i -> new Object[] {expenses.get(i), 1 + i % 3,
                approvers[i % approvers.length], Timestamp.from(start.minusSeconds(60L * (i % (60 * 24 * 60))))});
    }

    /**
     * What the process-history page reads: {@code records} finished instances of a benchmark process over the last
     * year in the engine's history, each with one of five user tasks of 1 minute to about 3 hours.
     */
    private static void writeProcessHistory(JdbcTemplate jdbc, int records, Timestamp now) {
        batch(jdbc, "insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, "
                + "END_TIME_, DURATION_, STATE_) values (?, ?, 'bench-process', 'bench-process:1:bench', ?, ?, ?, "
                + "'COMPLETED')", records, i -> {
                    Instant end = now.toInstant().minus(java.time.Duration.ofHours(i % 8_760));
                    long millis = 60_000L * (1 + i % 180);
                    return new Object[] {"bench-pi-" + i, "bench-pi-" + i, Timestamp.from(end.minusMillis(millis)),
                            Timestamp.from(end), millis};
                });
        batch(jdbc, "insert into ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_, EXECUTION_ID_, "
                + "ACT_ID_, ACT_NAME_, ACT_TYPE_, START_TIME_, END_TIME_, DURATION_) values (?, 'bench-process', "
                + "'bench-process:1:bench', ?, ?, ?, ?, 'userTask', ?, ?, ?)", records, i -> {
                    Instant end = now.toInstant().minus(java.time.Duration.ofHours(i % 8_760));
                    long millis = 60_000L * (1 + i % 180);
                    return new Object[] {"bench-ai-" + i, "bench-pi-" + i, "bench-pi-" + i, "Step" + i % 5,
                            "Bench step " + i % 5, Timestamp.from(end.minusMillis(millis)), Timestamp.from(end), millis};
                });
    }

    private interface Values {
        Object[] of(int i);
    }

    private static void batch(JdbcTemplate jdbc, String sql, int count, Values values) {
        List<Object[]> chunk = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chunk.add(values.of(i));
            if (chunk.size() == 5_000 || i == count - 1) {
                jdbc.batchUpdate(sql, chunk);
                chunk.clear();
            }
        }
    }

    private Row time(String query, String user, String path) {
        Supplier<ResponseEntity<String>> call = () -> {
            HttpHeaders headers = new HttpHeaders();
            headers.setBasicAuth(user, user);
            ResponseEntity<String> response = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers),
                    String.class);
            if (!response.getStatusCode().is2xxSuccessful()) {
                throw new IllegalStateException(path + ": " + response.getStatusCode() + " " + response.getBody());
            }
            return response;
        };
        int bytes = 0;
        for (int i = 0; i < 3; i++) {
            bytes = call.get().getBody().length();
        }
        double[] ms = new double[REPEAT];
        for (int i = 0; i < REPEAT; i++) {
            long t0 = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new Row(query, ms[REPEAT / 2], ms[(int) Math.ceil(REPEAT * 0.95) - 1], bytes);
    }
}
