package com.relaycrm.service;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredEnum;
import static com.relaycrm.process.ProcessVariables.requiredLong;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record engineer's decision". A rejection clears the answer and the engineer, so the next dispatch starts from
 * an empty form that shows why the last engineer declined.
 */
@Component("recordEngineerDecision")
class RecordEngineerDecisionDelegate implements JavaDelegate {

    private final ServiceRequestService desk;

    RecordEngineerDecisionDelegate(ServiceRequestService desk) {
        this.desk = desk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = optionalString(execution, "rejectionReason");
        boolean accepted = desk.decide(requiredLong(execution, ServiceVariables.WORK_ORDER_ID),
                requiredEnum(execution, "engineerDecision", EngineerDecision.class), reason);
        execution.setVariable("workOrderAccepted", accepted);
        if (!accepted) {
            execution.setVariable("lastRejectionReason", reason);
            execution.removeVariables(java.util.List.of("engineerDecision", "rejectionReason",
                    ServiceVariables.ENGINEER_ID, "dispatchNote"));
        }
    }
}
