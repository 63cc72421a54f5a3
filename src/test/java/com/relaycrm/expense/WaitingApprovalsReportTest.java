package com.relaycrm.expense;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.Viewer;
import com.relaycrm.expense.internal.ExpenseReports;
import com.relaycrm.organisation.Groups;
import com.relaycrm.support.RelayIntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The waiting-approvals report (/reports/approvals.html) adds its counts up in the database and reads the approvals
 * it lists with their request numbers in one query: its figures are those of the waiting steps taken one by one,
 * each request looked up on its own (as the report did before); it lists only the oldest
 * {@code relay.expense.waiting-report-listed} while its counts cover all.
 */
@RelayIntegrationTest
class WaitingApprovalsReportTest {

    private static final String PURPOSE = "waiting approvals report test";
    private static final Viewer MANAGER = new Viewer("salesmgr1", List.of(Groups.SALES_MANAGER));

    @Autowired ExpenseReports reports;
    @Autowired JdbcTemplate jdbc;
    @Value("${relay.expense.waiting-report-listed}") int listed;

    /**
     * The rows written here are removed again: the database is shared by the whole suite, and other tests look for
     * their own approvals among the oldest listed.
     */
    @AfterEach
    void removeTheRequestsWrittenHere() {
        jdbc.update("delete from expense_approval_step where expense_request_id in "
                + "(select id from expense_request where purpose = ?)", PURPOSE);
        jdbc.update("delete from expense_request where purpose = ?", PURPOSE);
    }

    @Test
    void figuresAreThoseOfTheWaitingStepsOneByOne() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        // three approvers of this run, waiting since long ago (so that theirs are among the oldest listed), one
        // step decided and one too recent: neither counts
        for (int i = 0; i < 12; i++) {
            step(run, "fig-" + run + "-" + (i % 3 == 0 ? "a" : i % 3 == 1 ? "b" : "c"),
                    1 + i % 2, now.minus(Duration.ofDays(900 + i)), "PENDING");
        }
        step(run, "fig-" + run + "-a", 1, now.minus(Duration.ofDays(950)), "APPROVED");
        step(run, "fig-" + run + "-a", 1, now.minus(Duration.ofHours(2)), "PENDING");

        List<ExpenseReports.ApproverBacklog> report = reports.waitingLongerThan(24, MANAGER);
        Instant after = Instant.now();

        List<Waiting> waiting = oneByOne(now.minus(Duration.ofHours(24)), now);
        Map<String, Integer> counts = new LinkedHashMap<>();
        waiting.forEach(w -> counts.merge(w.approver(), 1, Integer::sum));
        Map<String, List<ExpenseReports.WaitingApproval>> oldest = new LinkedHashMap<>();
        waiting.stream().limit(listed).forEach(w -> oldest.computeIfAbsent(w.approver(), a -> new ArrayList<>())
                .add(w.approval()));
        assertThat(report).extracting(ExpenseReports.ApproverBacklog::approver)
                .containsExactlyInAnyOrderElementsOf(counts.keySet());
        for (ExpenseReports.ApproverBacklog backlog : report) {
            assertThat(backlog.count()).as(backlog.approver()).isEqualTo(counts.get(backlog.approver()));
            // hours waiting are counted from the report's own now, a moment later than this test's
            assertThat(backlog.approvals()).as(backlog.approver() + "'s listed approvals, oldest first")
                    .usingRecursiveFieldByFieldElementComparatorIgnoringFields("hoursWaiting")
                    .containsExactlyElementsOf(oldest.getOrDefault(backlog.approver(), List.of()));
        }
        assertThat(report).as("most waiting first").isSortedAccordingTo((x, y) -> Integer.compare(y.count(), x.count()));
        for (String approver : List.of("a", "b", "c")) {
            assertThat(counts.get("fig-" + run + "-" + approver)).as("the decided and the recent step do not count")
                    .isEqualTo(4);
            report.stream().filter(b -> b.approver().equals("fig-" + run + "-" + approver)).findFirst().orElseThrow()
                    .approvals().forEach(a -> assertThat(a.hoursWaiting()).as("whole hours until the report's now")
                            .isBetween(Duration.between(a.waitingSince(), now).toHours(),
                                    Duration.between(a.waitingSince(), after).toHours()));
        }
    }

    @Test
    void countsCoverEveryWaitingApprovalWhileTheOldestAreListed() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String approver = "many-" + run;
        Instant now = Instant.now();
        int steps = listed + 5;
        for (int i = 0; i < steps; i++) {
            step(run + i, approver, 1, now.minus(Duration.ofDays(2000 + i)), "PENDING");
        }
        ExpenseReports.ApproverBacklog backlog = reports.waitingLongerThan(24, MANAGER).stream()
                .filter(b -> b.approver().equals(approver)).findFirst().orElseThrow();
        assertThat(backlog.count()).isEqualTo(steps);
        assertThat(backlog.approvals()).hasSize(listed);
        assertThat(backlog.approvals().get(0).hoursWaiting()).as("the oldest first")
                .isEqualTo(Duration.ofDays(2000 + steps - 1).toHours());
    }

    record Waiting(String approver, ExpenseReports.WaitingApproval approval) {}

    /** The waiting steps older than {@code before}, oldest first, each request's number looked up on its own. */
    private List<Waiting> oneByOne(Instant before, Instant now) {
        List<Waiting> waiting = new ArrayList<>();
        jdbc.query("select approver, expense_request_id, level_no, created_at from expense_approval_step "
                + "where decision = 'PENDING' and created_at < ? order by created_at, id", row -> {
                    String number = jdbc.queryForObject("select request_number from expense_request where id = ?",
                            String.class, row.getLong(2));
                    Instant since = row.getTimestamp(4).toInstant();
                    waiting.add(new Waiting(row.getString(1), new ExpenseReports.WaitingApproval(number, row.getInt(3),
                            since, Duration.between(since, now).toHours())));
                }, Timestamp.from(before));
        return waiting;
    }

    private void step(String run, String approver, int level, Instant createdAt, String decision) {
        String number = "F" + run + "-" + UUID.randomUUID().toString().substring(0, 6);
        jdbc.update("insert into expense_request (request_number, requester_id, department_code, expense_type, amount, "
                + "currency, purpose, status, created_at) values (?, 'sales1', 'SALES-N', 'TRAVEL', 10.00, 'CNY', ?, "
                + "'IN_APPROVAL', ?)", number, PURPOSE, Timestamp.from(createdAt));
        long id = jdbc.queryForObject("select id from expense_request where request_number = ?", Long.class, number);
        jdbc.update("insert into expense_approval_step (expense_request_id, level_no, approver, decision, created_at) "
                + "values (?, ?, ?, ?, ?)", id, level, approver, decision, Timestamp.from(createdAt));
    }
}
