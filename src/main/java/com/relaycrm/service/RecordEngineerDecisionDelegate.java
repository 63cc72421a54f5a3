package com.relaycrm.service;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredEnum;
import static com.relaycrm.process.ProcessVariables.setIfChanged;

import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record engineer's decision", by the engineer of the request's current work order (the repair task goes to them
 * whatever the variables say). A rejection clears the answer and the engineer, so the next dispatch starts from
 * an empty form that shows why the last engineer declined.
 */
@Component("recordEngineerDecision")
class RecordEngineerDecisionDelegate implements JavaDelegate {

    private final ServiceRequestService desk;
    private final CurrentActor actor;

    RecordEngineerDecisionDelegate(ServiceRequestService desk, CurrentActor actor) {
        this.desk = desk;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        WorkOrder order = desk.decide(execution.getProcessInstanceId(),
                requiredEnum(execution, "engineerDecision", EngineerDecision.class),
                optionalString(execution, "rejectionReason"), actor.userId());
        boolean accepted = order.getStatus() == WorkOrderStatus.ACCEPTED;
        execution.setVariable("workOrderAccepted", accepted);
        setIfChanged(execution, ServiceVariables.WORK_ORDER_ID, order.getId());
        if (accepted) {
            setIfChanged(execution, ServiceVariables.ENGINEER_ID, order.getEngineerId());
        } else {
            execution.setVariable("lastRejectionReason", order.getRejectionReason());
        }
    }
}
