package com.relaycrm.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls without the current user's authorization checks, for what the application itself must know
 * whoever is acting: e.g. whether the engineer a dispatcher typed exists, when the dispatcher may not read users.
 * Never use it to show or change something on a user's behalf.
 */
@Component
public class SystemAccess {

    private final ProcessEngineConfigurationImpl configuration;

    public SystemAccess(ProcessEngineConfiguration configuration) {
        this.configuration = (ProcessEngineConfigurationImpl) configuration;
    }

    public <T> T call(Supplier<T> work) {
        return configuration.getCommandExecutorTxRequired()
                .execute(commandContext -> commandContext.runWithoutAuthorization(work::get));
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
