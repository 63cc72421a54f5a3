package com.relaycrm.expense;

import static com.relaycrm.process.ProcessVariables.requiredString;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who the approval task of the current level goes to, for the BPMN's {@code camunda:assignee} and
 * {@code camunda:candidateGroups} expressions: a {@code user:} level is assigned to that user (or to their substitute
 * while they are away), a {@code group:} level is offered to that group.
 */
@Component("expenseApprovers")
public class ExpenseApprovers {

    private final ApprovalDelegations delegations;

    ExpenseApprovers(ApprovalDelegations delegations) {
        this.delegations = delegations;
    }

    /** The assignee of a user level, or null for a group level. */
    public String assignee(DelegateExecution execution) {
        Approver approver = approver(execution);
        return approver.group() ? null : delegations.substituteOf(approver.id(), Instant.now()).orElse(approver.id());
    }

    /** The candidate group of a group level; none for a user level. */
    public List<String> candidateGroups(DelegateExecution execution) {
        Approver approver = approver(execution);
        return approver.group() ? List.of(approver.id()) : List.of();
    }

    static Approver approver(DelegateExecution execution) {
        return Approver.parse(requiredString(execution, ExpenseVariables.LEVEL_APPROVER));
    }
}
