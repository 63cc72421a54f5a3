package com.relaycrm.loan.process;

import static com.relaycrm.process.ProcessVariables.requiredString;

import com.relaycrm.loan.LoanService;
import com.relaycrm.loan.process.LoanProcess.Variables;
import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record shipment": stock-out of the loan's items (shipmentNote: waybill, carrier). */
@Component("recordLoanShipment")
class RecordLoanShipmentDelegate implements JavaDelegate {

    private final LoanService loans;
    private final CurrentActor actor;

    RecordLoanShipmentDelegate(LoanService loans, CurrentActor actor) {
        this.loans = loans;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        loans.ship(loans.loanOfProcess(execution.getProcessInstanceId()).getId(), actor.userId(),
                requiredString(execution, Variables.SHIPMENT_NOTE));
    }
}
