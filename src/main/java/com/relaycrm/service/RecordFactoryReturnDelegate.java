package com.relaycrm.service;

import static com.relaycrm.process.ProcessVariables.flag;
import static com.relaycrm.process.ProcessVariables.optionalString;

import com.relaycrm.process.CurrentActor;
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
                optionalString(execution, "factoryRepairResult"),
                flag(execution, "partReturnedToCustomer"),
                actor.userId());
    }
}
