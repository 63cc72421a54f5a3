package com.relaycrm.service.process;

import static com.relaycrm.process.ProcessVariables.flag;
import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredDecimal;
import static com.relaycrm.process.ProcessVariables.requiredEnum;

import com.relaycrm.common.DisplayText;
import com.relaycrm.process.CurrentActor;
import com.relaycrm.service.RepairOutcome;
import com.relaycrm.service.RepairService;
import com.relaycrm.service.process.ServiceRequestProcess.Data;
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

    /**
     * A Json variable (what Tasklist sends for the form's table of parts) or JSON text, as text for the service to
     * read; anything else is handed on as its text and refused there as not a list.
     */
    private static String jsonText(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }

    @Override
    public void execute(DelegateExecution execution) {
        RepairService.RepairReport report = repairs.report(execution.getProcessInstanceId(),
                requiredDecimal(execution, Variables.LABOUR_HOURS),
                flag(execution, Variables.PAID_LABOUR),
                jsonText(execution, Variables.PARTS_USED),
                requiredEnum(execution, Variables.REPAIR_OUTCOME, RepairOutcome.class),
                optionalString(execution, Variables.REPAIR_RESULT), actor.userId());
        execution.setVariable(Variables.FACTORY_REPAIR, report.factoryRepair());
        execution.setVariable(Variables.SETTLEMENT_REQUIRED, report.settlementRequired());
        if (report.settlementRequired()) {
            execution.setVariable(Data.SETTLEMENT_AMOUNT, report.settlement().getTotalAmount().doubleValue());
            execution.setVariable(Variables.SETTLEMENT_AMOUNT_TEXT,
                    DisplayText.money(report.settlement().getTotalAmount()));
            execution.setVariable(Variables.SETTLEMENT_BREAKDOWN, "Parts / 配件: "
                    + DisplayText.money(report.settlement().getPartsAmount()) + "; labour / 工时: "
                    + DisplayText.money(report.settlement().getLabourAmount()) + " (" + report.settlement().getReason()
                    + ")");
        }
    }
}
