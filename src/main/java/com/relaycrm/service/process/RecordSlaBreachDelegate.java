package com.relaycrm.service.process;

import static com.relaycrm.process.ProcessVariables.requiredEnum;

import com.relaycrm.service.ServiceRequestService;
import com.relaycrm.service.SlaKind;
import com.relaycrm.service.process.ServiceRequestProcess.Data;
import com.relaycrm.service.process.ServiceRequestProcess.Variables;
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
                requiredEnum(execution, Data.SLA_KIND, SlaKind.class));
        execution.setVariable(Variables.ESCALATION_NEEDED, escalate);
    }
}
