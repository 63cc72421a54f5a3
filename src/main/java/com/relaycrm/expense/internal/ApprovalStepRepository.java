package com.relaycrm.expense.internal;

import com.relaycrm.expense.ApprovalDecision;
import com.relaycrm.expense.ApprovalStep;
import com.relaycrm.expense.ExpenseRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApprovalStepRepository extends JpaRepository<ApprovalStep, Long> {

    List<ApprovalStep> findByExpenseRequestIdOrderById(Long expenseRequestId);

    Optional<ApprovalStep> findFirstByTaskIdAndDecisionOrderByIdDesc(String taskId, ApprovalDecision decision);

    /** The open step of an approval task (a task reassigned in Tasklist has a decided step before it). */
    default Optional<ApprovalStep> pendingStep(String taskId) {
        return findFirstByTaskIdAndDecisionOrderByIdDesc(taskId, ApprovalDecision.PENDING);
    }

    /**
     * Per approver: the steps with this decision made before {@code before}, and the oldest one's time; the approver
     * with the most first, then the one whose oldest step is oldest.
     */
    @org.springframework.data.jpa.repository.Query("select s.approver, count(s), min(s.createdAt) from ApprovalStep s"
            + " where s.decision = :decision and s.createdAt < :before group by s.approver"
            + " order by count(s) desc, min(s.createdAt)")
    List<Object[]> countByApprover(ApprovalDecision decision, java.time.Instant before);

    /** The oldest such steps with their request's number: approver, request number, level, created at. */
    @org.springframework.data.jpa.repository.Query("select s.approver, r.requestNumber, s.level, s.createdAt"
            + " from ApprovalStep s, ExpenseRequest r where r.id = s.expenseRequestId"
            + " and s.decision = :decision and s.createdAt < :before order by s.createdAt, s.id")
    List<Object[]> oldest(ApprovalDecision decision, java.time.Instant before,
                          org.springframework.data.domain.Pageable page);
}
