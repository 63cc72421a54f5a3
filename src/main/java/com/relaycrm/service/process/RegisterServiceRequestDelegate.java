package com.relaycrm.service.process;

import static com.relaycrm.process.ProcessVariables.optionalLong;
import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredEnum;
import static com.relaycrm.process.ProcessVariables.requiredString;

import com.relaycrm.process.CurrentActor;
import com.relaycrm.service.RequestType;
import com.relaycrm.service.ServiceRequest;
import com.relaycrm.service.ServiceRequestService;
import com.relaycrm.service.process.ServiceRequestProcess.Data;
import com.relaycrm.service.process.ServiceRequestProcess.Variables;
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
        Long id = optionalLong(execution, Data.SERVICE_REQUEST_ID);
        if (id == null) {
            id = desk.registerFromForm(requiredString(execution, Variables.CUSTOMER_CODE),
                    optionalString(execution, Variables.ASSET_SERIAL),
                    requiredEnum(execution, Variables.REQUEST_TYPE, RequestType.class),
                    requiredString(execution, Variables.SUBJECT),
                    requiredString(execution, Variables.DESCRIPTION),
                    actor.userId()).getId();
        }
        ServiceRequest request = desk.attachProcess(id, execution.getProcessInstanceId());
        execution.setProcessBusinessKey(request.getRequestNumber());
        ServiceRequestProcess.setCard(execution, request, desk.customerName(request));
    }
}
