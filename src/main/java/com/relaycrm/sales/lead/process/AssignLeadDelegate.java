package com.relaycrm.sales.lead.process;

import static com.relaycrm.process.ProcessVariables.optionalLong;

import com.relaycrm.sales.lead.LeadPools;
import com.relaycrm.sales.lead.process.LeadProcess.Data;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Assign by rule": to a rep of the lead's department or region with a free place, else the department pool. The
 * first step: binds the process to the lead it was started for, refused when that lead already has a process.
 */
@Component("assignLead")
class AssignLeadDelegate implements JavaDelegate {

    private final LeadPools pools;

    AssignLeadDelegate(LeadPools pools) {
        this.pools = pools;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long leadId = pools.bindProcess(execution.getProcessInstanceId(),
                optionalLong(execution, Data.LEAD_ID));
        pools.assignByRule(leadId).ifPresentOrElse(
                rep -> LeadProcess.held(execution, rep, pools.times(pools.lead(leadId))),
                () -> LeadProcess.inDepartmentPool(execution, pools.departmentPoolDue(leadId)));
    }
}
