package com.relaycrm.service;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredString;
import static com.relaycrm.process.ProcessVariables.setIfChanged;

import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Create work order" for the engineer the dispatcher (service desk) chose. */
@Component("dispatchWorkOrder")
class DispatchWorkOrderDelegate implements JavaDelegate {

    private final ServiceRequestService desk;
    private final CurrentActor actor;

    DispatchWorkOrderDelegate(ServiceRequestService desk, CurrentActor actor) {
        this.desk = desk;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        WorkOrder order = desk.dispatch(execution.getProcessInstanceId(),
                requiredString(execution, ServiceVariables.ENGINEER_ID),
                optionalString(execution, "dispatchNote"),
                actor.userId());
        execution.setVariable(ServiceVariables.WORK_ORDER_ID, order.getId());
        setIfChanged(execution, ServiceVariables.ENGINEER_ID, order.getEngineerId());
    }
}
