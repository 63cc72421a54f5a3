package com.relaycrm.service;

import static com.relaycrm.process.ProcessVariables.optionalString;

import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record part received" by the warehouse for factory repair. */
@Component("recordFactoryReceipt")
class RecordFactoryReceiptDelegate implements JavaDelegate {

    private final RepairService repairs;
    private final CurrentActor actor;

    RecordFactoryReceiptDelegate(RepairService repairs, CurrentActor actor) {
        this.repairs = repairs;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        repairs.partReceived(execution.getProcessInstanceId(),
                optionalString(execution, "factoryReference"),
                optionalString(execution, "receiptNote"),
                actor.userId());
    }
}
