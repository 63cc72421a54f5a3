package com.relaycrm.service;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredInt;
import static com.relaycrm.process.ProcessVariables.requiredYesNo;

import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record survey" of the return visit; a low score asks for a manager's follow-up. */
@Component("recordReturnVisit")
class RecordReturnVisitDelegate implements JavaDelegate {

    private final ReturnVisitService visits;
    private final CurrentActor actor;

    RecordReturnVisitDelegate(ReturnVisitService visits, CurrentActor actor) {
        this.visits = visits;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean followUp = visits.record(execution.getProcessInstanceId(),
                requiredInt(execution, "satisfactionScore"),
                requiredYesNo(execution, "problemSolved"),
                requiredYesNo(execution, "engineerOnTime"),
                optionalString(execution, "surveyComment"),
                actor.userId());
        execution.setVariable("followUpRequired", followUp);
    }
}
