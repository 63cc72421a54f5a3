package com.relaycrm.service.process;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredInt;
import static com.relaycrm.process.ProcessVariables.requiredYesNo;

import com.relaycrm.process.CurrentActor;
import com.relaycrm.service.ReturnVisitService;
import com.relaycrm.service.process.ServiceRequestProcess.Variables;
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
                requiredInt(execution, Variables.SATISFACTION_SCORE),
                requiredYesNo(execution, Variables.PROBLEM_SOLVED),
                requiredYesNo(execution, Variables.ENGINEER_ON_TIME),
                optionalString(execution, Variables.SURVEY_COMMENT),
                actor.userId());
        execution.setVariable(Variables.FOLLOW_UP_REQUIRED, followUp);
    }
}
