package com.relaycrm.process.history;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * History level full keeps, besides each variable's value (act_hi_varinst), a detail row for every change of every
 * variable (act_hi_detail). For the processes in {@code relay.history.without-variable-details} (high-volume ones
 * started by devices, whose input is kept as the stored frame) the detail rows are not written: a card swipe's start
 * sets a dozen variables once, and their detail rows were a quarter of the rows the start inserts. Everything else
 * (instances, activities, tasks, variables' values, operation log) is kept as for every process.
 */
@Component
class LeanVariableHistory extends AbstractProcessEnginePlugin {

    private final Set<String> processKeys;

    LeanVariableHistory(@Value("${relay.history.without-variable-details:}") List<String> processKeys) {
        this.processKeys = Set.copyOf(processKeys.stream().map(String::trim).filter(key -> !key.isEmpty()).toList());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (processKeys.isEmpty()) {
            return;
        }
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        List<org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler> handlers =
                new java.util.ArrayList<>(configuration.getCustomHistoryEventHandlers() == null ? List.of()
                        : configuration.getCustomHistoryEventHandlers());
        handlers.add(0, new DbHistoryEventHandler() {
            @Override
            protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
                return !processKeys.contains(event.getProcessDefinitionKey()) && super.shouldWriteHistoricDetail(event);
            }
        });
        configuration.setCustomHistoryEventHandlers(handlers);
    }
}
