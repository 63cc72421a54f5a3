package com.relaycrm.sales.lead.process;

import static com.relaycrm.process.ProcessVariables.optionalString;

import com.relaycrm.process.CurrentActor;
import com.relaycrm.sales.lead.LeadPools;
import com.relaycrm.sales.lead.process.LeadProcess.Data;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Recycle to the department pool": follow-up overdue (timer) or a manager's recycle (LeadService correlates the
 * message with recycledBy and recycleReason). Whoever runs the step must be a sales manager or the application.
 */
@Component("recycleLead")
class RecycleLeadDelegate implements JavaDelegate {

    private final LeadPools pools;
    private final CurrentActor actor;

    RecycleLeadDelegate(LeadPools pools, CurrentActor actor) {
        this.pools = pools;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long leadId = pools.ofProcess(execution.getProcessInstanceId());
        String reason = optionalString(execution, Data.RECYCLE_REASON);
        pools.recycle(leadId, reason != null ? reason : "Follow-up overdue", actor.userId(),
                optionalString(execution, Data.RECYCLED_BY));
        execution.removeVariable(Data.RECYCLED_BY);
        execution.removeVariable(Data.RECYCLE_REASON);
        LeadProcess.inDepartmentPool(execution, pools.departmentPoolDue(leadId));
    }
}
