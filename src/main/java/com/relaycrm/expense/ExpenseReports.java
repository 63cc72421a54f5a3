package com.relaycrm.expense;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.Viewer;
import com.relaycrm.organisation.Groups;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
    private final int listed;

    /** {@code relay.expense.waiting-report-listed}: how many of the oldest waiting approvals are listed one by one. */
    ExpenseReports(ApprovalStepRepository steps, @Value("${relay.expense.waiting-report-listed}") int listed) {
        this.steps = steps;
        this.listed = listed;
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
                .sorted(Comparator.comparingLong((Object[] row) -> -((Number) row[1]).longValue())
                        .thenComparing(row -> (Instant) row[2]))
                .map(row -> new ApproverBacklog((String) row[0], ((Number) row[1]).intValue(),
                        oldest.getOrDefault((String) row[0], List.of())))
                .toList();
    }
}
