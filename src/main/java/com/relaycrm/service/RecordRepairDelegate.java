package com.relaycrm.service;

import static com.relaycrm.process.ProcessVariables.flag;
import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredDecimal;
import static com.relaycrm.process.ProcessVariables.requiredEnum;

import com.relaycrm.process.CurrentActor;
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
                requiredDecimal(execution, "labourHours"),
                flag(execution, "paidLabour"),
                optionalString(execution, "partsUsed"),
                requiredEnum(execution, "repairOutcome", RepairOutcome.class),
                optionalString(execution, "repairResult"), actor.userId());
        execution.setVariable("factoryRepair", report.factoryRepair());
        execution.setVariable("settlementRequired", report.settlementRequired());
        if (report.settlementRequired()) {
            execution.setVariable("settlementAmount", report.settlement().getTotalAmount().doubleValue());
            execution.setVariable("settlementBreakdown", String.format(java.util.Locale.ROOT,
                    "Parts / 配件: CNY %,.2f; labour / 工时: CNY %,.2f (%s)", report.settlement().getPartsAmount(),
                    report.settlement().getLabourAmount(), report.settlement().getReason()));
        }
    }
}
