package com.relaycrm.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.relaycrm.service.process.ServiceRequestProcess.Variables;
import com.relaycrm.support.Api;
import com.relaycrm.support.RelayIntegrationTest;
import com.relaycrm.support.ServiceRequestFixtures;
import com.relaycrm.support.ServiceRequestFixtures.Waiting;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service request's forms show the customer's contact, the description, the asset and its warranty, queue and
 * priority from the records, read when Tasklist opens the form ({@code GET /task/{id}/form-variables}), not from
 * process variables copied at every step: only to someone who may read the task, always as the record says now, and
 * a display-only field sent back with a completion is checked against the record and not stored.
 */
@RelayIntegrationTest
class ServiceRequestFormValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired ServiceRequestFixtures requests;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Api api;

    @Test
    void theDispatchFormShowsTheRecordToTheDeskAndNothingToOthers() throws Exception {
        Waiting waiting = requests.requestWaitingForDispatch();
        String formVariables = "/engine-rest/task/" + waiting.task().getId() + "/form-variables";
        jdbc.update("update customer set phone = ? where id = ?", "+86 21 5555 0101",
                waiting.request().getCustomerId());

        JsonNode shown = formVariables("service1", formVariables);
        assertThat(shown.path(Variables.DESCRIPTION).path("value").asText()).isEqualTo("Flickers after warm-up");
        assertThat(shown.path(Variables.REQUEST_TYPE).path("value").asText()).isEqualTo("REPAIR");
        assertThat(shown.path(Variables.QUEUE).path("value").asText()).isEqualTo("field-service");
        assertThat(shown.path(Variables.PRIORITY_LABEL).path("value").asText()).isEqualTo("High / 高 (70)");
        assertThat(shown.path(Variables.WARRANTY_STATUS).path("value").asText()).startsWith("In warranty until ");
        assertThat(shown.path(Variables.CUSTOMER_CONTACT).path("type").asText()).isEqualTo("String");
        assertThat(shown.path(Variables.CUSTOMER_CONTACT).path("value").asText()).isEqualTo("+86 21 5555 0101");
        // the card's values are process variables and come from the engine as before
        assertThat(shown.path(Variables.REQUEST_NUMBER).path("value").asText())
                .isEqualTo(waiting.request().getRequestNumber());
        assertThat(runtimeService.getVariables(waiting.request().getProcessInstanceId()))
                .doesNotContainKeys(Variables.DESCRIPTION, Variables.CUSTOMER_CONTACT, Variables.QUEUE);

        // only the names asked for, as the engine answers variableNames
        JsonNode asked = formVariables("service1", formVariables + "?variableNames=" + Variables.QUEUE + ","
                + Variables.REQUEST_NUMBER);
        assertThat(asked.fieldNames()).toIterable().containsExactlyInAnyOrder(Variables.QUEUE,
                Variables.REQUEST_NUMBER);

        // an engineer and a sales rep may not read the desk's task: the engine refuses, nothing of the record leaks
        for (String outsider : new String[] {"engineer1", "sales1"}) {
            ResponseEntity<String> refused = api.get(outsider, formVariables);
            assertThat(refused.getStatusCode().is2xxSuccessful()).as(outsider + ": " + refused).isFalse();
            assertThat(refused.getBody()).as(outsider).doesNotContain("Flickers after warm-up");
        }
    }

    @Test
    void aFormOpenedAfterTheRecordChangedShowsTheChange() throws Exception {
        Waiting waiting = requests.requestWaitingForDispatch();
        String formVariables = "/engine-rest/task/" + waiting.task().getId() + "/form-variables";
        assertThat(formVariables("service1", formVariables).path(Variables.DESCRIPTION).path("value").asText())
                .isEqualTo("Flickers after warm-up");

        jdbc.update("update service_request set description = ? where id = ?",
                "Flickers after warm-up; also smells of burning", waiting.request().getId());

        assertThat(formVariables("service1", formVariables).path(Variables.DESCRIPTION).path("value").asText())
                .isEqualTo("Flickers after warm-up; also smells of burning");
    }

    @Test
    void aDisplayedContactSentBackUnchangedIsAcceptedAndNotStoredAndAChangedOneIsRefused() throws Exception {
        Waiting waiting = requests.requestWaitingForDispatch();
        String task = "/engine-rest/task/" + waiting.task().getId();
        jdbc.update("update customer set phone = ? where id = ?", "+86 21 5555 0102",
                waiting.request().getCustomerId());
        String contact = formVariables("service1", task + "/form-variables").path(Variables.CUSTOMER_CONTACT)
                .path("value").asText();

        // Tasklist sends the read-only contact back with the form's fields
        ResponseEntity<Map<String, Object>> changed = api.post("service1", task + "/complete",
                completion("Call me on 000 (edited)"));
        assertThat(changed.getStatusCode().value()).isEqualTo(400);
        assertThat(changed.getBody()).extracting("message").asString().contains("Phone and contacts");
        assertThat(taskService.createTaskQuery().taskId(waiting.task().getId()).count()).isOne();

        assertThat(contact).isEqualTo("+86 21 5555 0102");
        ResponseEntity<Map<String, Object>> unchanged = api.post("service1", task + "/complete", completion(contact));
        assertThat(unchanged.getStatusCode().value()).as(String.valueOf(unchanged)).isEqualTo(204);
        String process = waiting.request().getProcessInstanceId();
        assertThat(runtimeService.getVariables(process)).containsEntry(Variables.ENGINEER_ID, "engineer1")
                .doesNotContainKey(Variables.CUSTOMER_CONTACT);
    }

    private static String completion(String contact) throws Exception {
        return JSON.writeValueAsString(Map.of("variables", Map.of(
                Variables.CUSTOMER_CONTACT, Map.of("value", contact, "type", "String"),
                Variables.ENGINEER_ID, Map.of("value", "engineer1", "type", "String"))));
    }

    private JsonNode formVariables(String user, String path) throws Exception {
        ResponseEntity<String> answer = api.get(user, path);
        assertThat(answer.getStatusCode().value()).as(path + ": " + answer).isEqualTo(200);
        return JSON.readTree(answer.getBody());
    }
}
