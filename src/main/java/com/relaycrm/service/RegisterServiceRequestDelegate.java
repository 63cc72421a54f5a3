package com.relaycrm.service;

import static com.relaycrm.process.ProcessVariables.optionalLong;
import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredEnum;
import static com.relaycrm.process.ProcessVariables.requiredString;

import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Register request": links the process to its record, creating the record first when the process was started
 * from Tasklist's start form; the request number becomes the business key.
 */
@Component("registerServiceRequest")
class RegisterServiceRequestDelegate implements JavaDelegate {

    private final ServiceRequestService desk;
    private final CurrentActor actor;

    RegisterServiceRequestDelegate(ServiceRequestService desk, CurrentActor actor) {
        this.desk = desk;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long id = optionalLong(execution, ServiceVariables.SERVICE_REQUEST_ID);
        if (id == null) {
            id = desk.registerFromForm(requiredString(execution, "customerCode"),
                    optionalString(execution, "assetSerial"),
                    requiredEnum(execution, "requestType", RequestType.class),
                    requiredString(execution, "subject"),
                    requiredString(execution, "description"),
                    actor.userId()).getId();
        }
        ServiceRequest request = desk.attachProcess(id, execution.getProcessInstanceId());
        execution.setProcessBusinessKey(request.getRequestNumber());
        execution.setVariables(desk.formVariables(request));
    }
}
