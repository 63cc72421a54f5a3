package com.relaycrm.sales.lead.process;

import static com.relaycrm.process.ProcessVariables.optionalString;

import com.relaycrm.process.CurrentActor;
import com.relaycrm.sales.lead.LeadPools;
import com.relaycrm.sales.lead.LeadTimes;
import com.relaycrm.sales.lead.process.LeadProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record the follow-up": the activity (activityNote) goes into the history; the follow-up period starts again. */
@Component("recordLeadFollowUp")
class RecordLeadFollowUpDelegate implements JavaDelegate {

    private final LeadPools pools;
    private final CurrentActor actor;

    RecordLeadFollowUpDelegate(LeadPools pools, CurrentActor actor) {
        this.pools = pools;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long leadId = pools.ofProcess(execution.getProcessInstanceId());
        LeadTimes times = pools.followedUp(leadId, optionalString(execution, Variables.ACTIVITY_NOTE), actor.userId());
        LeadProcess.followedUp(execution, times, pools.followUpsSoFar(leadId));
    }
}
