package com.relaycrm.service.process;

import com.relaycrm.service.ServiceRequestService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close request": the work is done; the resolution target is met from now on. */
@Component("closeServiceRequest")
class CloseServiceRequestDelegate implements JavaDelegate {

    private final ServiceRequestService desk;

    CloseServiceRequestDelegate(ServiceRequestService desk) {
        this.desk = desk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        desk.resolve(execution.getProcessInstanceId());
    }
}
