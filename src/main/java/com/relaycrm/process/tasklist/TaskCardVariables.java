package com.relaycrm.process.tasklist;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Copies the few variables a Tasklist card shows (request number, customer, subject, …) onto every user task when
 * it is created, for every process. Staff may read their tasks but not whole process instances, and Tasklist's
 * filter list only returns variables the user may read, so without the copy the cards would stay blank.
 *
 * <p>It also gives the task {@value #RECORD_PAGE}, the address of the read-only page of the task's record
 * ({@code /records/{type}.html?key=…}, {@code relay.tasklist.record-pages}), which each form links to, and the
 * priority the process set in {@value #TASK_PRIORITY} (the engine's default 50 otherwise).
 */
@Component
class TaskCardVariables extends AbstractProcessEnginePlugin {

    static final String RECORD_PAGE = com.relaycrm.process.ProcessVariables.RECORD_PAGE;
    /**
     * A process that ranks its work sets this variable (a number; e.g. the service request's triage): each of its
     * tasks gets it as Tasklist priority, the number the card shows, and forms can show the same number in words.
     */
    static final String TASK_PRIORITY = "taskPriority";

    private final List<String> names;
    private final Map<String, String> recordPages;

    TaskCardVariables(@Value("${relay.tasklist.card-variables}") List<String> names,
                      RecordPages recordPages) {
        this.names = List.copyOf(names);
        this.recordPages = Map.copyOf(recordPages.recordPages() == null ? Map.of() : recordPages.recordPages());
    }

    /** {@code relay.tasklist.record-pages}: process key → record type[:variable holding the key]. */
    @org.springframework.boot.context.properties.ConfigurationProperties("relay.tasklist")
    record RecordPages(Map<String, String> recordPages) {
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new java.util.ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, TaskCardVariables.this::copy);
            }
        });
    }

    private void copy(DelegateTask task) {
        com.relaycrm.process.ProcessVariables.createdTaskHasNoStoredVariables(task);
        for (String name : names) {
            Object value = task.getExecution().getVariable(name);
            if (value != null) {
                task.setVariableLocal(name, value);
            }
        }
        if (task.getExecution().getVariable(TASK_PRIORITY) instanceof Number priority) {
            task.setPriority(priority.intValue());
        }
        String page = recordPage(task);
        if (page != null) {
            task.setVariableLocal(RECORD_PAGE, page);
        }
    }

    private String recordPage(DelegateTask task) {
        String processKey = ((org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity) task.getExecution())
                .getProcessDefinition().getKey();
        String target = recordPages.get(processKey);
        if (target == null) {
            return null;
        }
        String[] typeAndVariable = target.split(":", 2);
        Object key = typeAndVariable.length == 2 ? task.getExecution().getVariable(typeAndVariable[1].trim())
                : task.getExecution().getProcessBusinessKey();
        return key == null || key.toString().isBlank() ? null : "/records/" + typeAndVariable[0].trim() + ".html?key="
                + java.net.URLEncoder.encode(key.toString(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
