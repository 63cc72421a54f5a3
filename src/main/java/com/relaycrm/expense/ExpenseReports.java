package com.relaycrm.expense;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.Viewer;
import com.relaycrm.organisation.Groups;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    ExpenseReports(ApprovalStepRepository steps, ExpenseRequestRepository requests) {
        this.steps = steps;
        this.requests = requests;
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

    /** The approvals an approver has let wait, oldest first. */
    public record ApproverBacklog(String approver, int count, List<WaitingApproval> approvals) {
    }

    public List<ApproverBacklog> waitingLongerThan(int hours, Viewer viewer) {
        viewer.requireAny("see the approval backlog", MANAGERS);
        if (hours < 0 || hours > 24 * 365) {
            throw new InvalidInputException("hours", "must be between 0 and 8760");
        }
        Instant now = Instant.now();
        Map<String, List<WaitingApproval>> byApprover = new LinkedHashMap<>();
        for (ApprovalStep step : steps.findByDecisionAndCreatedAtBeforeOrderByCreatedAt(ApprovalDecision.PENDING,
                now.minus(Duration.ofHours(hours)))) {
            String number = requests.findById(step.getExpenseRequestId()).map(ExpenseRequest::getRequestNumber)
                    .orElse("?");
            byApprover.computeIfAbsent(step.getApprover(), a -> new java.util.ArrayList<>()).add(new WaitingApproval(
                    number, step.getLevel(), step.getCreatedAt(), Duration.between(step.getCreatedAt(), now).toHours()));
        }
        return byApprover.entrySet().stream()
                .map(e -> new ApproverBacklog(e.getKey(), e.getValue().size(), e.getValue()))
                .sorted((a, b) -> Integer.compare(b.count(), a.count())).toList();
    }
}
