package com.relaycrm.expense.internal;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.Viewer;
import com.relaycrm.expense.ApprovalDecision;
import com.relaycrm.expense.ExpenseQueries;
import com.relaycrm.expense.ExpenseType;
import com.relaycrm.organisation.Groups;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workflow report (工作流报表) for managers: approvals waiting longer than a number of hours, per approver (a user,
 * or a group nobody has taken the task from yet). Each request's own timeline is its approval history, returned
 * with the request by {@code GET /api/expenses/{id}}.
 */
@Service
@Transactional(readOnly = true)
public class ExpenseReports {

    static final String[] MANAGERS = {Groups.ADMIN, Groups.FINANCE, Groups.SALES_MANAGER, Groups.SERVICE_MANAGER};

    private final ApprovalStepRepository steps;
    private final ExpenseRequestRepository requests;
    private final int listed;

    /** {@code relay.expense.waiting-report-listed}: how many of the oldest waiting approvals are listed one by one. */
    ExpenseReports(ApprovalStepRepository steps, ExpenseRequestRepository requests,
                   @Value("${relay.expense.waiting-report-listed}") int listed) {
        this.steps = steps;
        this.requests = requests;
        this.listed = listed;
    }

    /** Expenses of one department and type in one currency: requests, amount asked, amount paid. */
    public record ExpenseTotal(String departmentCode, ExpenseType type, String currency, long requests,
                               java.math.BigDecimal amount, java.math.BigDecimal paid) {
    }

    public record ExpenseTotals(String from, String to, List<ExpenseTotal> rows) {
    }

    /**
     * 费用统计: expenses raised in the period (all but cancelled ones) by department and type, for those who see
     * every expense request (finance and administrators).
     */
    public ExpenseTotals byDepartmentAndType(com.relaycrm.common.ReportPeriod period, Viewer viewer) {
        viewer.requireAny("see the expense totals", ExpenseQueries.SEE_ALL);
        return new ExpenseTotals(period.from().toString(), period.to().toString(),
                requests.totalsByDepartmentAndType(period.start(), period.end()).stream().map(row -> new ExpenseTotal(
                        (String) row[0], (ExpenseType) row[1], (String) row[2], ((Number) row[3]).longValue(),
                        (java.math.BigDecimal) row[4], (java.math.BigDecimal) row[5])).toList());
    }

    /** One waiting approval. */
    public record WaitingApproval(String requestNumber, int level, Instant waitingSince, long hoursWaiting) {
    }

    /**
     * The approvals an approver has let wait: how many in all, and those among the report's oldest listed ones,
     * oldest first.
     */
    public record ApproverBacklog(String approver, int count, List<WaitingApproval> approvals) {
    }

    /**
     * Approvers with the most waiting approvals first (then the one waiting longest). The counts cover every waiting
     * approval, added up in the database; the approvals listed are the oldest {@code relay.expense.waiting-report-listed},
     * read with their request numbers in one query.
     */
    public List<ApproverBacklog> waitingLongerThan(int hours, Viewer viewer) {
        viewer.requireAny("see the approval backlog", MANAGERS);
        if (hours < 0 || hours > 24 * 365) {
            throw new InvalidInputException("hours", "must be between 0 and 8760");
        }
        Instant now = Instant.now();
        Instant before = now.minus(Duration.ofHours(hours));
        Map<String, List<WaitingApproval>> oldest = new HashMap<>();
        for (Object[] row : steps.oldest(ApprovalDecision.PENDING, before, PageRequest.of(0, listed))) {
            Instant since = (Instant) row[3];
            oldest.computeIfAbsent((String) row[0], a -> new ArrayList<>()).add(new WaitingApproval((String) row[1],
                    (Integer) row[2], since, Duration.between(since, now).toHours()));
        }
        return steps.countByApprover(ApprovalDecision.PENDING, before).stream()
                .map(row -> new ApproverBacklog((String) row[0], ((Number) row[1]).intValue(),
                        oldest.getOrDefault((String) row[0], List.of())))
                .toList();
    }
}
