package com.relaycrm.expense.process;

import static com.relaycrm.process.ProcessVariables.flag;
import static com.relaycrm.process.ProcessVariables.optionalDate;
import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredString;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.Viewer;
import com.relaycrm.expense.ExpenseCommands.NewDelegation;
import com.relaycrm.expense.approval.ApprovalDelegation;
import com.relaycrm.expense.approval.ApprovalDelegations;
import com.relaycrm.expense.process.ApprovalDelegationProcess.Data;
import com.relaycrm.expense.process.ApprovalDelegationProcess.Variables;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.CurrentActor;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Set up or recall delegation" from Tasklist's start form: DELEGATE to a substitute until the end of a date, or
 * RECALL every delegation of the user starting it.
 */
@Component("delegateApprovals")
class DelegateApprovalsDelegate implements JavaDelegate {

    private final ApprovalDelegations delegations;
    private final OrganisationService organisation;
    private final CurrentActor actor;

    DelegateApprovalsDelegate(ApprovalDelegations delegations, OrganisationService organisation, CurrentActor actor) {
        this.delegations = delegations;
        this.organisation = organisation;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String user = actor.userId();
        Viewer viewer = new Viewer(user, organisation.groupIds(user));
        String action = requiredString(execution, Variables.ACTION).toUpperCase();
        if (action.equals(ApprovalDelegationProcess.RECALL)) {
            execution.setVariable(Data.RECALLED, delegations.recallAll(viewer));
            return;
        }
        if (!action.equals(ApprovalDelegationProcess.DELEGATE)) {
            throw new InvalidInputException(Variables.ACTION, "'" + action + "' is not DELEGATE or RECALL");
        }
        requiredString(execution, Variables.UNTIL);
        LocalDate until = optionalDate(execution, Variables.UNTIL);
        OffsetDateTime endOfDay = until.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
        ApprovalDelegation delegation = delegations.delegate(new NewDelegation(
                optionalString(execution, Variables.SUBSTITUTE),
                null, endOfDay, flag(execution, Variables.MOVE_EXISTING)), viewer);
        execution.setVariable(Data.DELEGATION_ID, delegation.getId());
    }
}
