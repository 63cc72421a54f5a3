package com.relaycrm.service;

import static com.relaycrm.process.ProcessVariables.requiredEnum;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A service level timer fired: record the breach (input parameter {@code slaKind}) unless the target was met. */
@Component("recordSlaBreach")
class RecordSlaBreachDelegate implements JavaDelegate {

    private final ServiceRequestService desk;

    RecordSlaBreachDelegate(ServiceRequestService desk) {
        this.desk = desk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean escalate = desk.recordBreach(execution.getProcessInstanceId(),
                requiredEnum(execution, ServiceVariables.SLA_KIND, SlaKind.class));
        execution.setVariable("escalationNeeded", escalate);
    }
}
