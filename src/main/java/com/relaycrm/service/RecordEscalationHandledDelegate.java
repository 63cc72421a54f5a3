package com.relaycrm.service;

import static com.relaycrm.process.ProcessVariables.requiredEnum;
import static com.relaycrm.process.ProcessVariables.requiredString;

import com.relaycrm.process.CurrentActor;
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
                requiredEnum(execution, ServiceVariables.SLA_KIND, SlaKind.class),
                requiredString(execution, "escalationAction"),
                actor.userId());
    }
}
