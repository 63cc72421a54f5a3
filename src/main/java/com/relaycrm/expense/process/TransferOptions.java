package com.relaycrm.expense.process;

import static com.relaycrm.process.ProcessVariables.optionalString;

import com.relaycrm.expense.process.ExpenseApprovalProcess.Variables;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.FormOptions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The people an approver may transfer (转签) an expense approval to, by name ("Zhao Lei (salesmgr1)"): the members of
 * the groups that approve expenses ({@code relay.expense.transfer-groups}), without the requester and the task's
 * assignee (offered again when someone claims the group's task, so the claimer does not see themself). The decision still refuses the requester, the approver themself and unknown users.
 */
@Component
class TransferOptions implements FormOptions {

    private final OrganisationService organisation;
    private final List<String> groups;

    TransferOptions(OrganisationService organisation,
                    @Value("${relay.expense.transfer-groups:sales-manager,service-manager,finance}") List<String> groups) {
        this.organisation = organisation;
        this.groups = List.copyOf(groups);
    }

    @Override
    public String valuesKey() {
        return Variables.TRANSFER_OPTIONS;
    }

    @Override
    public List<Option> options(DelegateTask task) {
        Set<String> people = new LinkedHashSet<>();
        groups.forEach(group -> people.addAll(organisation.membersOfGroup(group)));
        people.remove(optionalString(task, Variables.REQUESTER));
        if (task.getAssignee() != null) {
            people.remove(task.getAssignee());
        }
        return FormOptions.people(List.copyOf(people), organisation::fullNames, OrganisationService.MAX_NAMES);
    }
}
