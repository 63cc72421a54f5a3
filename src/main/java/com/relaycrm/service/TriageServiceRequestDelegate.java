package com.relaycrm.service;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Triage by decision table": queue, priority and the SLA deadlines the timers and due dates use. */
@Component("triageServiceRequest")
class TriageServiceRequestDelegate implements JavaDelegate {

    private final ServiceRequestService desk;

    TriageServiceRequestDelegate(ServiceRequestService desk) {
        this.desk = desk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(desk.triage(execution.getProcessInstanceId()));
    }
}
