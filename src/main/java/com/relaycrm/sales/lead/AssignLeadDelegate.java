package com.relaycrm.sales.lead;

import static com.relaycrm.process.ProcessVariables.requiredLong;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Assign by rule": to a rep of the lead's department or region with a free place, else the department pool. */
@Component("assignLead")
class AssignLeadDelegate implements JavaDelegate {

    private final LeadPools pools;

    AssignLeadDelegate(LeadPools pools) {
        this.pools = pools;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long leadId = requiredLong(execution, LeadVariables.LEAD_ID);
        pools.assignByRule(leadId).ifPresentOrElse(
                rep -> LeadVariables.held(execution, rep, pools.times(pools.lead(leadId))),
                () -> LeadVariables.inDepartmentPool(execution, pools.departmentPoolDue(leadId)));
    }
}
