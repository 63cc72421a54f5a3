package com.relaycrm.service.process;

import static com.relaycrm.process.ProcessVariables.flag;
import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredEnum;

import com.relaycrm.process.CurrentActor;
import com.relaycrm.service.PaymentMethod;
import com.relaycrm.service.RepairService;
import com.relaycrm.service.process.ServiceRequestProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record settlement" of the service charges. */
@Component("recordSettlement")
class RecordSettlementDelegate implements JavaDelegate {

    private final RepairService repairs;
    private final CurrentActor actor;

    RecordSettlementDelegate(RepairService repairs, CurrentActor actor) {
        this.repairs = repairs;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        repairs.settle(execution.getProcessInstanceId(),
                requiredEnum(execution, Variables.PAYMENT_METHOD, PaymentMethod.class),
                optionalString(execution, Variables.INVOICE_NUMBER),
                flag(execution, Variables.SETTLEMENT_PAID),
                actor.userId());
    }
}
