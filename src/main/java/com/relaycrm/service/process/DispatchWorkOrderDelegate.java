package com.relaycrm.service.process;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredString;
import static com.relaycrm.process.ProcessVariables.setIfChanged;

import com.relaycrm.process.CurrentActor;
import com.relaycrm.service.ServiceRequestService;
import com.relaycrm.service.WorkOrder;
import com.relaycrm.service.process.ServiceRequestProcess.Variables;
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
                requiredString(execution, Variables.ENGINEER_ID),
                optionalString(execution, Variables.DISPATCH_NOTE),
                actor.userId());
        // the engineer's forms show who sent the work order from the record (ServiceRequestFormValues)
        setIfChanged(execution, Variables.ENGINEER_ID, order.getEngineerId());
    }
}
