package com.relaycrm.service.process;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredString;
import static com.relaycrm.process.ProcessVariables.setIfChanged;

import com.relaycrm.organisation.OrganisationService;
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
    private final OrganisationService organisation;

    DispatchWorkOrderDelegate(ServiceRequestService desk, CurrentActor actor, OrganisationService organisation) {
        this.desk = desk;
        this.actor = actor;
        this.organisation = organisation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        WorkOrder order = desk.dispatch(execution.getProcessInstanceId(),
                requiredString(execution, Variables.ENGINEER_ID),
                optionalString(execution, Variables.DISPATCH_NOTE),
                actor.userId());
        setIfChanged(execution, Variables.ENGINEER_ID, order.getEngineerId());
        // the engineer sees who sent the work order by name (both names from one query)
        java.util.Map<String, String> names = organisation.namesAndIds(
                java.util.Arrays.asList(order.getDispatchedBy(), order.getEngineerId()));
        execution.setVariable(Variables.DISPATCHED_BY, names.get(order.getDispatchedBy()));
        execution.setVariable(Variables.ENGINEER_NAME, names.get(order.getEngineerId()));
    }
}
