package com.relaycrm.service.process;

import static com.relaycrm.process.ProcessVariables.optionalString;

import com.relaycrm.process.CurrentActor;
import com.relaycrm.service.RepairService;
import com.relaycrm.service.process.ServiceRequestProcess.Variables;
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
                optionalString(execution, Variables.FACTORY_REFERENCE),
                optionalString(execution, Variables.RECEIPT_NOTE),
                actor.userId());
    }
}
