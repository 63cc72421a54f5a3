package com.relaycrm.service.process;

import static com.relaycrm.process.ProcessVariables.requiredEnum;
import static com.relaycrm.process.ProcessVariables.requiredString;

import com.relaycrm.process.CurrentActor;
import com.relaycrm.service.ServiceRequestService;
import com.relaycrm.service.SlaKind;
import com.relaycrm.service.process.ServiceRequestProcess.Data;
import com.relaycrm.service.process.ServiceRequestProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records what the service manager did about a missed service level (input parameter {@code slaKind}). */
@Component("recordEscalationHandled")
class RecordEscalationHandledDelegate implements JavaDelegate {

    private final ServiceRequestService desk;
    private final CurrentActor actor;

    RecordEscalationHandledDelegate(ServiceRequestService desk, CurrentActor actor) {
        this.desk = desk;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        desk.escalationHandled(execution.getProcessInstanceId(),
                requiredEnum(execution, Data.SLA_KIND, SlaKind.class),
                requiredString(execution, Variables.ESCALATION_ACTION),
                actor.userId());
    }
}
