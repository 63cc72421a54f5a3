package com.relaycrm.sales.lead;

import static com.relaycrm.process.ProcessVariables.optionalString;

import com.relaycrm.process.CurrentActor;
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
        String reason = optionalString(execution, "recycleReason");
        pools.recycle(leadId, reason != null ? reason : "Follow-up overdue", actor.userId(),
                optionalString(execution, "recycledBy"));
        execution.removeVariable("recycledBy");
        execution.removeVariable("recycleReason");
        LeadVariables.inDepartmentPool(execution, pools.departmentPoolDue(leadId));
    }
}
