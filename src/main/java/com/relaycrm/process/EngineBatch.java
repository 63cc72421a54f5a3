package com.relaycrm.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Runs several engine calls (mostly process starts) as one engine command: every call the work makes joins that
 * command's context instead of opening its own, so the engine writes what all of them created in one flush, a JDBC
 * batch per table holding every call's rows, instead of a flush of a dozen or so statements per call. Each call keeps
 * its own authorization checks. The command joins the current transaction. The work must let an engine call's
 * exception out (it ends the command and rolls the transaction back): caught inside, the failed call's half-made
 * rows would still be written with the others.
 */
@Component
public class EngineBatch {

    private final ProcessEngineConfigurationImpl configuration;

    public EngineBatch(ProcessEngineConfiguration configuration) {
        this.configuration = (ProcessEngineConfigurationImpl) configuration;
    }

    public <T> T call(Supplier<T> work) {
        return configuration.getCommandExecutorTxRequired().execute(commandContext -> work.get());
    }
}
