package com.relaycrm.expense;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalStepRepository extends JpaRepository<ApprovalStep, Long> {

    List<ApprovalStep> findByExpenseRequestIdOrderById(Long expenseRequestId);

    Optional<ApprovalStep> findByTaskId(String taskId);

    List<ApprovalStep> findByDecisionAndCreatedAtBeforeOrderByCreatedAt(ApprovalDecision decision, java.time.Instant before);
}
