package com.relaycrm.expense.process;

import static com.relaycrm.process.ProcessVariables.requiredString;

import com.relaycrm.expense.Approver;
import com.relaycrm.expense.ExpenseService;
import com.relaycrm.expense.approval.ApprovalDelegations;
import com.relaycrm.expense.process.ExpenseApprovalProcess.Data;
import com.relaycrm.expense.process.ExpenseApprovalProcess.Variables;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who the approval task of the current level, and the payment task, go to, for the BPMN's {@code camunda:assignee},
 * {@code camunda:candidateGroups} and {@code camunda:candidateUsers} expressions: a {@code user:} level is assigned
 * to that user (or to their substitute while they are away), a {@code group:} level is offered to that group.
 * Nobody is offered a request they raised (separation of duties): when the requester belongs to the group, the task
 * is offered to the group's other members by name instead of to the group.
 */
@Component("expenseApprovers")
public class ExpenseApprovers {

    private final ApprovalDelegations delegations;
    private final ExpenseService expenses;

    ExpenseApprovers(ApprovalDelegations delegations, ExpenseService expenses) {
        this.delegations = delegations;
        this.expenses = expenses;
    }

    /** The assignee of a user level (never the requester: their substitute only if that is not the requester). */
    public String assignee(DelegateExecution execution) {
        Approver approver = approver(execution);
        if (approver.group()) {
            return null;
        }
        String requester = requester(execution);
        return delegations.substituteOf(approver.id(), Instant.now()).filter(s -> !s.equals(requester))
                .orElse(approver.id());
    }

    /** The candidate group of a group level the requester is not in; none otherwise. */
    public List<String> candidateGroups(DelegateExecution execution) {
        Approver approver = approver(execution);
        return approver.group() ? groupsFor(execution, approver.id()) : List.of();
    }

    /** The group's members but the requester, for a group level the requester belongs to; none otherwise. */
    public List<String> candidateUsers(DelegateExecution execution) {
        Approver approver = approver(execution);
        return approver.group() ? usersFor(execution, approver.id()) : List.of();
    }

    /** The group as candidate group of a task of this request, unless the requester is a member of it. */
    public List<String> groupsFor(DelegateExecution execution, String groupId) {
        return expenses.isMember(requester(execution), groupId) ? List.of() : List.of(groupId);
    }

    /** The group's members other than the requester, when the requester is a member of it. */
    public List<String> usersFor(DelegateExecution execution, String groupId) {
        String requester = requester(execution);
        return expenses.isMember(requester, groupId)
                ? expenses.members(groupId).stream().filter(member -> !member.equals(requester)).toList()
                : List.of();
    }

    static Approver approver(DelegateExecution execution) {
        return Approver.parse(requiredString(execution, Data.LEVEL_APPROVER));
    }

    private static String requester(DelegateExecution execution) {
        return requiredString(execution, Variables.REQUESTER);
    }
}
