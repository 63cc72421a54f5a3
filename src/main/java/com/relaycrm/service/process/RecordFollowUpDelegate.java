package com.relaycrm.service.process;

import static com.relaycrm.process.ProcessVariables.flag;
import static com.relaycrm.process.ProcessVariables.optionalString;

import com.relaycrm.process.CurrentActor;
import com.relaycrm.service.ReturnVisitService;
import com.relaycrm.service.process.ServiceRequestProcess.Variables;
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
                optionalString(execution, Variables.FOLLOW_UP_ACTION),
                flag(execution, Variables.FOLLOW_UP_RESOLVED),
                actor.userId());
    }
}
