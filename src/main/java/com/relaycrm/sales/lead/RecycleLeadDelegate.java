package com.relaycrm.sales.lead;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredLong;

import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Recycle to the department pool": follow-up overdue (timer) or a manager's recycle (recycledBy, recycleReason). */
@Component("recycleLead")
class RecycleLeadDelegate implements JavaDelegate {

    private final LeadPools pools;

    RecycleLeadDelegate(LeadPools pools) {
        this.pools = pools;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long leadId = requiredLong(execution, LeadVariables.LEAD_ID);
        String by = optionalString(execution, "recycledBy");
        String reason = optionalString(execution, "recycleReason");
        pools.recycle(leadId, reason != null ? reason : "Follow-up overdue", by != null ? by : CurrentActor.SYSTEM);
        execution.removeVariable("recycledBy");
        execution.removeVariable("recycleReason");
        LeadVariables.inDepartmentPool(execution, pools.departmentPoolDue(leadId));
    }
}
