package com.relaycrm.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.relaycrm.process.SystemAccess;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What an attacker with a staff login sends to the engine REST API (a start or a task completion with variables of
 * their choosing), and the same through the Java API as that user, as if it had got past the REST boundary's guard,
 * so that a test can show that the process steps themselves refuse it.
 */
@Component
public class EngineRestAttacks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Api api;
    private final DemoUsers demoUsers;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final SystemAccess systemAccess;

    public EngineRestAttacks(Api api, DemoUsers demoUsers, RuntimeService runtimeService, TaskService taskService,
                             SystemAccess systemAccess) {
        this.api = api;
        this.demoUsers = demoUsers;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.systemAccess = systemAccess;
    }

    /** POST /engine-rest/process-definition/key/{key}/start as the user, with these variables. */
    public ResponseEntity<String> startOverRest(String user, String processKey, Map<String, Object> variables) {
        return api.postForText(user, "/engine-rest/process-definition/key/" + processKey + "/start",
                body(variables, true));
    }

    /** POST /engine-rest/task/{id}/complete as the user, with these variables. */
    public ResponseEntity<String> completeOverRest(String user, String taskId, Map<String, Object> variables) {
        return api.postForText(user, "/engine-rest/task/" + taskId + "/complete", body(variables, false));
    }

    /** A start the engine lets through (as if the user held CREATE_INSTANCE), acting as the user in every step. */
    public ProcessInstance startPastTheGuard(String user, String processKey, Map<String, Object> variables) {
        return demoUsers.actAs(user, () -> systemAccess.call(() ->
                runtimeService.startProcessInstanceByKey(processKey, variables)));
    }

    /** A completion by the user under the engine's authorization checks, carrying whatever variables they chose. */
    public void completeAs(String user, String taskId, Map<String, Object> variables) {
        demoUsers.actAs(user, () -> taskService.complete(taskId, variables));
    }

    /** The task handed to someone else (as a manager or an administrator may, or a substitute rule would). */
    public void handTo(String taskId, String user) {
        taskService.setAssignee(taskId, user);
    }

    private static String body(Map<String, Object> variables, boolean withVariablesInReturn) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode values = body.putObject("variables");
        variables.forEach((name, value) -> {
            ObjectNode variable = values.putObject(name);
            variable.putPOJO("value", value);
            variable.put("type", value instanceof Long ? "Long" : value instanceof Integer ? "Integer"
                    : value instanceof Boolean ? "Boolean" : value instanceof Double ? "Double" : "String");
        });
        if (withVariablesInReturn) {
            body.put("withVariablesInReturn", true);
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
