package com.relaycrm.sales.lead;

import static com.relaycrm.process.ProcessVariables.optionalString;

import com.relaycrm.process.CurrentActor;
import java.util.Date;
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
        LeadTimes times = pools.followedUp(leadId, optionalString(execution, "activityNote"), actor.userId());
        execution.setVariable(LeadVariables.FOLLOW_UP_DUE_AT, Date.from(times.followUpDueAt()));
        // the next follow-up shows what was done so far
        execution.setVariable("earlierFollowUps", pools.followUpsSoFar(leadId));
        execution.setVariable(LeadVariables.REMINDER_AT, Date.from(times.reminderAt()));
    }
}
