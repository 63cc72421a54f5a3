package com.relaycrm.service.process;

import com.relaycrm.service.ServiceRequest;
import com.relaycrm.service.ServiceRequestService;
import com.relaycrm.service.process.ServiceRequestProcess.Data;
import com.relaycrm.service.process.ServiceRequestProcess.Variables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Triage by decision table": queue, priority and the SLA deadlines the timers and due dates use (the forms
 * show queue and priority from the record: {@link ServiceRequestFormValues}). */
@Component("triageServiceRequest")
class TriageServiceRequestDelegate implements JavaDelegate {

    private final ServiceRequestService desk;

    TriageServiceRequestDelegate(ServiceRequestService desk) {
        this.desk = desk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ServiceRequest request = desk.triage(execution.getProcessInstanceId());
        execution.setVariable(Data.TASK_PRIORITY, ServiceRequestProcess.taskPriority(request.getPriority()));
        execution.setVariable(Variables.FIRST_RESPONSE_DUE_AT, Date.from(request.getFirstResponseDueAt()));
        execution.setVariable(Variables.RESOLUTION_DUE_AT, Date.from(request.getResolutionDueAt()));
    }
}
