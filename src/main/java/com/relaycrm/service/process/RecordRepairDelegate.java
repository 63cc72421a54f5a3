package com.relaycrm.service.process;

import static com.relaycrm.process.ProcessVariables.flag;
import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredDecimal;
import static com.relaycrm.process.ProcessVariables.requiredEnum;

import com.relaycrm.process.CurrentActor;
import com.relaycrm.service.RepairOutcome;
import com.relaycrm.service.RepairService;
import com.relaycrm.service.process.ServiceRequestProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record hours, parts and result"; decides whether factory repair and a settlement follow. */
@Component("recordRepair")
class RecordRepairDelegate implements JavaDelegate {

    private final RepairService repairs;
    private final CurrentActor actor;

    RecordRepairDelegate(RepairService repairs, CurrentActor actor) {
        this.repairs = repairs;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RepairService.RepairReport report = repairs.report(execution.getProcessInstanceId(),
                requiredDecimal(execution, Variables.LABOUR_HOURS),
                flag(execution, Variables.PAID_LABOUR),
                optionalString(execution, Variables.PARTS_USED),
                requiredEnum(execution, Variables.REPAIR_OUTCOME, RepairOutcome.class),
                optionalString(execution, Variables.REPAIR_RESULT), actor.userId());
        execution.setVariable(Variables.FACTORY_REPAIR, report.factoryRepair());
        execution.setVariable(Variables.SETTLEMENT_REQUIRED, report.settlementRequired());
        if (report.settlementRequired()) {
            execution.setVariable(Variables.SETTLEMENT_AMOUNT, report.settlement().getTotalAmount().doubleValue());
            execution.setVariable(Variables.SETTLEMENT_BREAKDOWN, String.format(java.util.Locale.ROOT,
                    "Parts / 配件: CNY %,.2f; labour / 工时: CNY %,.2f (%s)", report.settlement().getPartsAmount(),
                    report.settlement().getLabourAmount(), report.settlement().getReason()));
        }
    }
}
