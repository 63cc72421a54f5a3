package com.relaycrm.service.process;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredEnum;
import static com.relaycrm.process.ProcessVariables.setIfChanged;

import com.relaycrm.process.CurrentActor;
import com.relaycrm.service.EngineerDecision;
import com.relaycrm.service.ServiceRequestService;
import com.relaycrm.service.WorkOrder;
import com.relaycrm.service.WorkOrderStatus;
import com.relaycrm.service.process.ServiceRequestProcess.Variables;
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
                requiredEnum(execution, Variables.ENGINEER_DECISION, EngineerDecision.class),
                optionalString(execution, Variables.REJECTION_REASON), actor.userId());
        boolean accepted = order.getStatus() == WorkOrderStatus.ACCEPTED;
        execution.setVariable(Variables.WORK_ORDER_ACCEPTED, accepted);
        if (accepted) {
            setIfChanged(execution, Variables.ENGINEER_ID, order.getEngineerId());
        } else {
            execution.setVariable(Variables.LAST_REJECTION_REASON, order.getRejectionReason());
        }
    }
}
