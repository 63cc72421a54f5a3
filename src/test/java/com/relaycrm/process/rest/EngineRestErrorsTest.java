package com.relaycrm.process.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.relaycrm.support.Api;
import com.relaycrm.support.DemoUsers;
import com.relaycrm.support.RelayIntegrationTest;
import com.relaycrm.support.ServiceRequestFixtures;
import com.relaycrm.support.TasklistSession;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * What the engine REST API answers, on both of its mounts ({@code /engine-rest} with HTTP Basic and
 * {@code /camunda/api/engine} with the Tasklist session), when a step refuses a completion or the database refuses a
 * write: the step's own readable message with 400/403, and never SQL, tables or columns.
 */
@RelayIntegrationTest
class EngineRestErrorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

    @Autowired Api api;
    @Autowired TestRestTemplate rest;
    @Autowired ServiceRequestFixtures serviceRequests;
    @Autowired TaskService taskService;
    @Autowired DemoUsers demoUsers;

    Task dispatch;

    @BeforeEach
    void aRequestWaitingForDispatch() {
        dispatch = serviceRequests.waitingForDispatch();
    }

    @Test
    void aStepRefusingTheInputIsA400WithTheStepsMessageInTheFormsWordsOnBothMounts() {
        demoUsers.actAs("service1", () -> taskService.complete(dispatch.getId(), Map.of("engineerId", "engineer1")));
        Task acceptance = taskService.createTaskQuery().processInstanceId(dispatch.getProcessInstanceId())
                .singleResult();
        for (Mount mount : mounts()) {
            // the form asks for a reason only once Reject is chosen; the step insists on it
            ResponseEntity<String> answer = mount.post("engineer1", "/task/" + acceptance.getId() + "/complete",
                    "{\"variables\": {\"engineerDecision\": {\"value\": \"REJECT\"}}}");

            assertThat(answer.getStatusCode().value()).as(mount + ": " + answer.getBody()).isEqualTo(400);
            assertThat(message(answer)).as(mount.toString())
                    .isEqualTo("Reason for rejecting / 拒绝原因 is required when rejecting a work order");
            assertThat(taskService.createTaskQuery().taskId(acceptance.getId()).count()).as("still open").isOne();
        }
    }

    @Test
    void aStepRefusingTheActorIsA403WithTheStepsMessageOnBothMounts() {
        demoUsers.actAs("service1", () -> taskService.complete(dispatch.getId(), Map.of("engineerId", "engineer1")));
        Task acceptance = taskService.createTaskQuery().processInstanceId(dispatch.getProcessInstanceId())
                .singleResult();
        for (Mount mount : mounts()) {
            // an administrator may complete any task in the engine, but only the work order's engineer accepts it
            ResponseEntity<String> answer = mount.post("demo", "/task/" + acceptance.getId() + "/complete",
                    "{\"variables\": {\"engineerDecision\": {\"value\": \"ACCEPT\"}}}");

            assertThat(answer.getStatusCode().value()).as(mount + ": " + answer.getBody()).isEqualTo(403);
            assertThat(message(answer)).as(mount.toString()).startsWith("demo is not the engineer of work order");
            assertThat(taskService.createTaskQuery().taskId(acceptance.getId()).count()).as("still open").isOne();
        }
    }

    @Test
    void aWriteTheDatabaseRefusesAnswersWithoutSqlOnBothMounts() {
        for (Mount mount : mounts()) {
            // the task name column holds 255 characters, which the engine does not check before the insert
            ResponseEntity<String> answer = mount.post("demo", "/task/create",
                    "{\"name\": \"" + "x".repeat(300) + "\"}");

            assertThat(answer.getStatusCode().value()).as(mount + ": " + answer.getBody()).isEqualTo(500);
            assertThat(answer.getBody()).as(mount.toString()).doesNotContainIgnoringCase("sql")
                    .doesNotContainIgnoringCase("ACT_RU_TASK").doesNotContainIgnoringCase("NAME_")
                    .doesNotContainIgnoringCase("insert").doesNotContain("###");
            assertThat(message(answer)).as(mount.toString()).startsWith("The change could not be stored");
        }
    }

    /** A POST to the engine REST API as a demo user (password = user id), below the mount's root. */
    private interface Post {
        ResponseEntity<String> send(String user, String path, String json);
    }

    /** One of the two ways to reach the engine REST API. */
    private record Mount(String root, Post poster) {

        ResponseEntity<String> post(String user, String path, String json) {
            return poster.send(user, root + path, json);
        }

        @Override
        public String toString() {
            return root;
        }
    }

    private List<Mount> mounts() {
        return List.of(new Mount("/engine-rest", api::postForText),
                new Mount(WEBAPP_ENGINE, (user, path, json) -> TasklistSession.signIn(rest, user).post(path, json)));
    }

    private static String message(ResponseEntity<String> answer) {
        try {
            JsonNode body = JSON.readTree(answer.getBody());
            return body.path("message").asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("not JSON: " + answer.getBody(), e);
        }
    }
}
