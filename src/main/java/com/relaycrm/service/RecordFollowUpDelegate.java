package com.relaycrm.service;

import static com.relaycrm.process.ProcessVariables.flag;
import static com.relaycrm.process.ProcessVariables.optionalString;

import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record follow-up" of a dissatisfied customer by the service manager. */
@Component("recordFollowUp")
class RecordFollowUpDelegate implements JavaDelegate {

    private final ReturnVisitService visits;
    private final CurrentActor actor;

    RecordFollowUpDelegate(ReturnVisitService visits, CurrentActor actor) {
        this.visits = visits;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        visits.followedUp(execution.getProcessInstanceId(),
                optionalString(execution, "followUpAction"),
                flag(execution, "followUpResolved"),
                actor.userId());
    }
}
