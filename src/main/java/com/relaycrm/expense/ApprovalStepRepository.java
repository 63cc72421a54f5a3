package com.relaycrm.expense;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalStepRepository extends JpaRepository<ApprovalStep, Long> {

    List<ApprovalStep> findByExpenseRequestIdOrderById(Long expenseRequestId);

    Optional<ApprovalStep> findFirstByTaskIdAndDecisionOrderByIdDesc(String taskId, ApprovalDecision decision);

    /** The open step of an approval task (a task reassigned in Tasklist has a decided step before it). */
    default Optional<ApprovalStep> pendingStep(String taskId) {
        return findFirstByTaskIdAndDecisionOrderByIdDesc(taskId, ApprovalDecision.PENDING);
    }

    List<ApprovalStep> findByDecisionAndCreatedAtBeforeOrderByCreatedAt(ApprovalDecision decision, java.time.Instant before);
}
