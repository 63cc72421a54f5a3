package com.relaycrm.expense.approval;

import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.NotFoundException;
import com.relaycrm.common.Viewer;
import com.relaycrm.expense.ApprovalDecision;
import com.relaycrm.expense.ApprovalStep;
import com.relaycrm.expense.Approver;
import com.relaycrm.expense.ExpenseRequest;
import com.relaycrm.expense.ExpenseService;
import com.relaycrm.expense.ExpenseStatus;
import com.relaycrm.expense.internal.ApprovalStepRepository;
import com.relaycrm.expense.process.ExpenseApprovalProcess;
import com.relaycrm.process.SystemAccess;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdrawing an approval (弃审): an approver takes back their approval while the next level (or finance's
 * payment) has not acted yet. The waiting task is cancelled and the approver's level is started again for them,
 * by process-instance modification. The rule above is the authorization, so the engine calls run as the system:
 * an approver has no general right to modify process instances.
 */
@Service
@Transactional
public class ExpenseWithdrawal {

    private final ExpenseService expenses;
    private final ApprovalStepRepository steps;
    private final ExpenseApprovalProcess process;
    private final SystemAccess systemAccess;

    ExpenseWithdrawal(ExpenseService expenses, ApprovalStepRepository steps, ExpenseApprovalProcess process,
                      SystemAccess systemAccess) {
        this.expenses = expenses;
        this.steps = steps;
        this.process = process;
        this.systemAccess = systemAccess;
    }

    public ExpenseRequest withdraw(long requestId, String comment, Viewer viewer) {
        ExpenseRequest request = expenses.request(requestId);
        String user = viewer.userId();
        List<ApprovalStep> history = steps.findByExpenseRequestIdOrderById(requestId);
        ApprovalStep lastDecided = history.stream().filter(s -> s.getDecision() != ApprovalDecision.PENDING)
                .max(Comparator.comparing(ApprovalStep::getDecidedAt).thenComparing(ApprovalStep::getId))
                .orElse(null);
        if (lastDecided == null || !user.equals(lastDecided.getActedBy())) {
            if (history.stream().noneMatch(s -> user.equals(s.getActedBy()))) {
                throw new NotFoundException("Expense request", requestId);
            }
            throw new AccessDeniedException(user + " may not withdraw on " + request.getRequestNumber()
                    + ": the last decision is not theirs, the next level has already acted");
        }
        if (lastDecided.getDecision() != ApprovalDecision.APPROVE) {
            throw new AccessDeniedException(user + " may not withdraw on " + request.getRequestNumber()
                    + ": their last decision was " + lastDecided.getDecision() + ", not an approval");
        }
        if (request.getStatus() != ExpenseStatus.IN_APPROVAL && request.getStatus() != ExpenseStatus.APPROVED) {
            throw new AccessDeniedException(user + " may not withdraw on " + request.getRequestNumber()
                    + ": it is " + request.getStatus());
        }
        String processInstanceId = request.getProcessInstanceId();
        systemAccess.run(() -> {
            Task waiting = process.waitingTask(processInstanceId).filter(ExpenseApprovalProcess::isApprovalOrPayment)
                    .orElse(null);
            if (waiting == null) {
                throw new AccessDeniedException(user + " may not withdraw on " + request.getRequestNumber()
                        + ": no approval or payment is waiting");
            }
            steps.pendingStep(waiting.getId()).ifPresent(s -> s.decide(ApprovalDecision.CANCELLED,
                    "withdrawn by " + user, user, null, null));
            steps.save(ApprovalStep.withdrawal(requestId, lastDecided.getLevel(), user,
                    comment == null || comment.isBlank() ? null : comment.trim()));
            process.restartApproval(processInstanceId, waiting, lastDecided.getLevel(),
                    Approver.user(user).toString());
        });
        request.backInApproval();
        return request;
    }
}
