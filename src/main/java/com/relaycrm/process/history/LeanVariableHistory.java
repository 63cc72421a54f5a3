package com.relaycrm.process.history;

import com.relaycrm.process.FormOptions;
import com.relaycrm.process.ProcessVariables;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * History level full keeps, besides each variable's value (act_hi_varinst), a detail row for every change of every
 * variable (act_hi_detail). Two kinds of variables are kept out of it:
 * <ul>
 *   <li>for the processes in {@code relay.history.without-variable-details} (high-volume ones started by devices,
 *       whose input is kept as the stored frame) the detail rows: a card swipe's start sets a dozen variables once,
 *       and their detail rows were a quarter of the rows the start inserts;</li>
 *   <li>for every process, the copies a task gets for display when it is created: the card variables
 *       ({@code relay.tasklist.card-variables}), the link to its record page ({@value ProcessVariables#RECORD_PAGE})
 *       and a form's choices ({@link FormOptions#valuesKey()}), task-local only. They repeat values the process
 *       holds (whose history is kept) or derive from them, and go with the task; writing a value, a detail and, at
 *       the end, a removal time for each of them on every task was a third of the service flow's variable rows.</li>
 * </ul>
 * Everything else (instances, activities, tasks, the process's variables, operation log) is kept as for every process.
 * A copy's removal needs no history either: the engine updates a variable's history row only when it finds one.
 */
@Component
class LeanVariableHistory extends AbstractProcessEnginePlugin {

    private final Set<String> processKeys;
    private final Set<String> cardCopies;
    /** The option sources: beans that need the engine, so read at the first history event, not here. */
    private final ObjectProvider<FormOptions> optionSources;
    private volatile Set<String> taskCopies;

    LeanVariableHistory(@Value("${relay.history.without-variable-details:}") List<String> processKeys,
                        @Value("${relay.tasklist.card-variables:}") List<String> cardVariables,
                        ObjectProvider<FormOptions> optionSources) {
        this.processKeys = trimmed(processKeys);
        Set<String> copies = new HashSet<>(trimmed(cardVariables));
        copies.add(ProcessVariables.RECORD_PAGE);
        this.cardCopies = Set.copyOf(copies);
        this.optionSources = optionSources;
    }

    private static Set<String> trimmed(List<String> names) {
        return Set.copyOf(names.stream().map(String::trim).filter(name -> !name.isEmpty()).toList());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        List<org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler> handlers =
                new java.util.ArrayList<>(configuration.getCustomHistoryEventHandlers() == null ? List.of()
                        : configuration.getCustomHistoryEventHandlers());
        handlers.add(0, new DbHistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                if (event instanceof HistoricVariableUpdateEventEntity variable && isTaskCopy(variable)) {
                    return;
                }
                super.handleEvent(event);
            }

            @Override
            protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
                return !processKeys.contains(event.getProcessDefinitionKey()) && super.shouldWriteHistoricDetail(event);
            }
        });
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    /** A task-local variable of one of the names the tasks get for display. */
    boolean isTaskCopy(HistoricVariableUpdateEventEntity event) {
        return event.getTaskId() != null && taskCopies().contains(event.getVariableName());
    }

    private Set<String> taskCopies() {
        Set<String> names = taskCopies;
        if (names == null) {
            Set<String> all = new HashSet<>(cardCopies);
            optionSources.orderedStream().forEach(source -> all.add(source.valuesKey()));
            names = Set.copyOf(all);
            taskCopies = names;
        }
        return names;
    }
}
