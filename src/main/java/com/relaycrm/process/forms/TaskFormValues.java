package com.relaycrm.process.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.relaycrm.process.FormRecordValues;
import com.relaycrm.process.SystemAccess;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a task's form shows from its record: the {@link FormRecordValues} source of the task's process asked for the
 * task's process instance. Read with system access, so callers show the values only to someone the engine has let
 * read the task: the form variables Tasklist fetches (the engine answered them for that person first) and the
 * check that a display-only field comes back unchanged ({@link SubmissionGuard}, after its own visibility check).
 */
@Component
public class TaskFormValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final SystemAccess systemAccess;
    private final ObjectProvider<FormRecordValues> sources;

    TaskFormValues(TaskService taskService, RepositoryService repositoryService, SystemAccess systemAccess,
                   ObjectProvider<FormRecordValues> sources) {
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.systemAccess = systemAccess;
        this.sources = sources;
    }

    /** The record's values for the task's form, by variable name; empty when its process has no source. */
    public Map<String, Object> ofTask(String taskId) {
        Task task = systemAccess.call(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
        return task == null ? Map.of() : ofTask(task);
    }

    /** As {@link #ofTask(String)}, for a task already read. */
    public Map<String, Object> ofTask(Task task) {
        if (task.getProcessInstanceId() == null) {
            return Map.of();
        }
        String processKey = systemAccess.call(() ->
                repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey());
        return sources.orderedStream().filter(source -> source.processKey().equals(processKey)).findFirst()
                .map(source -> source.values(task.getProcessInstanceId())).orElse(Map.of());
    }

    /**
     * The engine's answer to {@code GET /task/{id}/form-variables} with the record's values added (replacing a
     * variable of the same name: the record is the truth), only the names asked for when {@code variableNames} was
     * given; the answer unchanged when the task's process has no source or the answer is not a JSON object.
     */
    public byte[] addedTo(String taskId, byte[] formVariables, Set<String> namesAsked) {
        Map<String, Object> values = ofTask(taskId);
        if (values.isEmpty()) {
            return formVariables;
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(formVariables);
        } catch (IOException e) {
            return formVariables;
        }
        if (!(answer instanceof ObjectNode variables)) {
            return formVariables;
        }
        values.forEach((name, value) -> {
            if (namesAsked == null || namesAsked.contains(name)) {
                ObjectNode typed = variables.putObject(name);
                typed.put("type", typeOf(value));
                typed.set("value", JSON.valueToTree(value));
                typed.putObject("valueInfo");
            }
        });
        try {
            return JSON.writeValueAsBytes(variables);
        } catch (IOException e) {
            return formVariables;
        }
    }

    /** The engine REST API's name of a value's type. */
    private static String typeOf(Object value) {
        if (value instanceof Boolean) {
            return "Boolean";
        }
        if (value instanceof Integer) {
            return "Integer";
        }
        if (value instanceof Long) {
            return "Long";
        }
        return value instanceof Number ? "Double" : "String";
    }
}
