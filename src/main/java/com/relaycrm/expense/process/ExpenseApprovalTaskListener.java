package com.relaycrm.expense.process;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredEnum;
import static com.relaycrm.process.ProcessVariables.requiredInt;
import static com.relaycrm.process.ProcessVariables.requiredLong;
import static com.relaycrm.process.ProcessVariables.requiredString;

import com.relaycrm.expense.ApprovalDecision;
import com.relaycrm.expense.Approver;
import com.relaycrm.expense.ExpenseService;
import com.relaycrm.expense.approval.ApprovalDelegations;
import com.relaycrm.expense.approval.ApprovalMail;
import com.relaycrm.expense.process.ExpenseApprovalProcess.Data;
import com.relaycrm.expense.process.ExpenseApprovalProcess.Variables;
import com.relaycrm.process.CurrentActor;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * The approval task at each level of the chain, assigned by the BPMN through {@link ExpenseApprovers}. On create it
 * opens the history entry, records the away approver as owner of a substitute's task, and emails the approver(s)
 * their Approve / Reject links; on complete it records the decision and sets where the process goes
 * ({@code approvalOutcome}). It is a task listener rather than a service task because it needs the task itself:
 * its id for the history, its owner for "on behalf of".
 */
@Component("expenseApprovalTask")
class ExpenseApprovalTaskListener implements TaskListener {

    private final ExpenseService expenses;
    private final ApprovalMail mail;
    private final ApprovalDelegations delegations;
    private final CurrentActor actor;

    ExpenseApprovalTaskListener(ExpenseService expenses, ApprovalMail mail, ApprovalDelegations delegations,
                                CurrentActor actor) {
        this.expenses = expenses;
        this.mail = mail;
        this.delegations = delegations;
        this.actor = actor;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> created(task);
            case EVENTNAME_ASSIGNMENT -> assigned(task);
            case EVENTNAME_COMPLETE -> completed(task);
            default -> {
            }
        }
    }

    private void created(DelegateTask task) {
        Approver approver = Approver.parse(requiredString(task, Data.LEVEL_APPROVER));
        long requestId = requiredLong(task, Data.EXPENSE_REQUEST_ID);
        int level = requiredInt(task, Variables.APPROVAL_LEVEL);
        expenses.approvalTaskCreated(requestId, level, approver, task.getId());
        Instant now = Instant.now();
        // the BPMN assigned the task (ExpenseApprovers): a user level to the user or their substitute, a group level
        // to the group
        if (approver.group()) {
            mail.taskCreated(task.getId(), expenses.request(requestId), level,
                    requiredInt(task, Data.APPROVAL_LEVELS), approver);
            // members away: their substitutes may take the group's task too (工作任务委托)
            String requester = expenses.request(requestId).getRequesterId();
            delegations.substitutesInGroup(approver.id(), now).stream().filter(s -> !s.equals(requester))
                    .forEach(task::addCandidateUser);
        } else {
            String assignee = task.getAssignee();
            mail.taskCreated(task.getId(), expenses.request(requestId), level,
                    requiredInt(task, Data.APPROVAL_LEVELS), Approver.user(assignee));
            if (!assignee.equals(approver.id())) {
                task.setOwner(approver.id());
            }
        }
    }

    /**
     * Given from one user to another in Tasklist: recorded as a transfer (转签). Delegation moves (to a substitute and
     * back, which set or clear the owner) and claims are not. Then whoever has no links for this task yet gets their
     * own email.
     */
    private void assigned(DelegateTask task) {
        String assignee = task.getAssignee();
        String previous = changedFrom(task, TaskEntity.ASSIGNEE);
        if (assignee != null && previous != null && !previous.equals(assignee)
                && !isOwner(task, previous) && !isOwner(task, assignee)) {
            String user = actor.userId();
            expenses.recordReassignment(task.getId(), requiredLong(task, Data.EXPENSE_REQUEST_ID),
                    requiredInt(task, Variables.APPROVAL_LEVEL), previous, assignee,
                    CurrentActor.SYSTEM.equals(user) ? previous : user);
        }
        if (assignee == null || mail.hasLinks(task.getId(), assignee)) {
            return;
        }
        long requestId = requiredLong(task, Data.EXPENSE_REQUEST_ID);
        mail.taskCreated(task.getId(), expenses.request(requestId), requiredInt(task, Variables.APPROVAL_LEVEL),
                requiredInt(task, Data.APPROVAL_LEVELS), Approver.user(assignee));
    }

    /** The value a task property had before the change being notified, or null. */
    private static String changedFrom(DelegateTask task, String property) {
        if (task instanceof TaskEntity entity) {
            PropertyChange change = entity.getPropertyChanges().get(property);
            return change == null ? null : change.getOrgValueString();
        }
        return null;
    }

    /** The user owns the task now, or did before this change (a delegation moving it to a substitute or back). */
    private static boolean isOwner(DelegateTask task, String user) {
        return user.equals(task.getOwner()) || user.equals(changedFrom(task, TaskEntity.OWNER));
    }

    /** Whose task it is when not the actor's own: the owner of a delegated task, or the away group member. */
    private String owner(DelegateTask task, String user) {
        if (task.getOwner() != null) {
            return task.getOwner();
        }
        Approver approver = Approver.parse(requiredString(task, Data.LEVEL_APPROVER));
        if (approver.group() && !expenses.isMember(user, approver.id())) {
            return delegations.delegatorInGroup(user, approver.id(), Instant.now()).orElse(null);
        }
        return null;
    }

    private void completed(DelegateTask task) {
        String user = actor.userId();
        if (CurrentActor.SYSTEM.equals(user) && task.getAssignee() != null) {
            user = task.getAssignee();
        }
        ApprovalDecision decision = requiredEnum(task, Variables.DECISION, ApprovalDecision.class);
        // the form asks for a rejection's reason in a field of its own (required when shown); a completion over the
        // API or from an email link gives the comment
        String reason = decision == ApprovalDecision.REJECT ? optionalString(task, Variables.REJECTION_REASON) : null;
        task.getExecution().setVariables(expenses.recordDecision(task.getId(), task.getProcessInstanceId(),
                requiredLong(task, Data.EXPENSE_REQUEST_ID), decision,
                reason != null ? reason : optionalString(task, Variables.COMMENT),
                optionalString(task, Variables.TRANSFER_TO),
                user, owner(task, user)));
    }
}
