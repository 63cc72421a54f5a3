package com.relaycrm.service.process;

import static com.relaycrm.process.ProcessVariables.flag;
import static com.relaycrm.process.ProcessVariables.optionalString;

import com.relaycrm.process.CurrentActor;
import com.relaycrm.service.RepairService;
import com.relaycrm.service.process.ServiceRequestProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record part returned" from factory repair. */
@Component("recordFactoryReturn")
class RecordFactoryReturnDelegate implements JavaDelegate {

    private final RepairService repairs;
    private final CurrentActor actor;

    RecordFactoryReturnDelegate(RepairService repairs, CurrentActor actor) {
        this.repairs = repairs;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        repairs.partReturned(execution.getProcessInstanceId(),
                optionalString(execution, Variables.FACTORY_REPAIR_RESULT),
                flag(execution, Variables.PART_RETURNED_TO_CUSTOMER),
                actor.userId());
    }
}
