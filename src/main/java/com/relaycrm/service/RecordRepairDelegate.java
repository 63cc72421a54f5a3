package com.relaycrm.service;

import static com.relaycrm.process.ProcessVariables.flag;
import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredDecimal;
import static com.relaycrm.process.ProcessVariables.requiredEnum;
import static com.relaycrm.process.ProcessVariables.requiredLong;
import static com.relaycrm.process.ProcessVariables.requiredString;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record hours, parts and result"; decides whether factory repair and a settlement follow. */
@Component("recordRepair")
class RecordRepairDelegate implements JavaDelegate {

    private final RepairService repairs;

    RecordRepairDelegate(RepairService repairs) {
        this.repairs = repairs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RepairService.RepairReport report = repairs.report(requiredLong(execution, ServiceVariables.WORK_ORDER_ID),
                requiredDecimal(execution, "labourHours"),
                flag(execution, "paidLabour"),
                optionalString(execution, "partsUsed"),
                requiredEnum(execution, "repairOutcome", RepairOutcome.class),
                requiredString(execution, "repairResult"));
        execution.setVariable("factoryRepair", report.factoryRepair());
        execution.setVariable("settlementRequired", report.settlementRequired());
        if (report.settlementRequired()) {
            execution.setVariable("settlementAmount", report.settlement().getTotalAmount().doubleValue());
        }
    }
}
