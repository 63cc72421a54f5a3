package com.relaycrm.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Starts the processes the application itself starts when a record is created (a lead, an opportunity, a loan, a
 * consumption...). Staff hold no CREATE_INSTANCE permission on these processes, so that nobody can start one
 * through the engine REST API and bind it to a record of their choosing; the service that created the record has
 * checked the user's data permission and starts the process under system authority. The acting user stays the
 * process's initiator and appears in its history.
 */
@Component
public class ProcessStarter {

    private final RuntimeService runtimeService;
    private final SystemAccess systemAccess;

    public ProcessStarter(RuntimeService runtimeService, SystemAccess systemAccess) {
        this.runtimeService = runtimeService;
        this.systemAccess = systemAccess;
    }

    public ProcessInstance start(String processKey, String businessKey, Map<String, Object> variables) {
        return systemAccess.call(() -> runtimeService.startProcessInstanceByKey(processKey, businessKey, variables));
    }
}
