package com.relaycrm.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.relaycrm.support.EngineRestAttacks;
import com.relaycrm.support.RelayIntegrationTest;
import com.relaycrm.support.ServiceRequestFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * The selects whose options the application gives a task when it is created (Camunda Forms {@code valuesKey}):
 * what Tasklist receives (a JSON list of label and value, read as Tasklist reads it), that it offers only who may be
 * chosen, and that a value not offered is refused over the engine REST API with nothing changed.
 */
@RelayIntegrationTest
class FormOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired ServiceRequestFixtures serviceRequests;
    @Autowired FormService formService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired EngineRestAttacks attacks;
    @Autowired com.relaycrm.sales.SalesFixtures sales;
    @Autowired com.relaycrm.sales.capacity.CapacityService capacity;
    @Autowired com.relaycrm.sales.lead.LeadService leads;

    @Test
    void theDispatcherChoosesAmongTheEngineersOnlyByName() throws Exception {
        Task dispatch = serviceRequests.waitingForDispatch();
        List<String[]> options = options(dispatch, "engineerOptions");

        List<String> engineers = identityService.createUserQuery().memberOfGroup("engineer").list().stream()
                .map(org.camunda.bpm.engine.identity.User::getId).sorted().toList();
        assertThat(options).extracting(option -> option[1]).containsExactlyElementsOf(engineers);
        assertThat(options).extracting(option -> option[0]).contains("Wu Gang (engineer1)", "Zhou Min (engineer2)");

        // someone who is not an engineer is not offered, and a completion naming them is refused
        ResponseEntity<String> refused = attacks.completeOverRest("service1", dispatch.getId(),
                Map.of("engineerId", "sales1"));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("Engineer / 工程师 must be one of the offered choices");
        assertThat(taskService.createTaskQuery().taskId(dispatch.getId()).count()).as("still open").isOne();

        ResponseEntity<String> chosen = attacks.completeOverRest("service1", dispatch.getId(),
                Map.of("engineerId", "engineer2"));
        assertThat(chosen.getStatusCode().value()).as(chosen.getBody()).isLessThan(300);
        assertThat(taskService.createTaskQuery().processInstanceId(dispatch.getProcessInstanceId()).singleResult()
                .getAssignee()).isEqualTo("engineer2");
    }

    @Test
    void aPooledLeadIsOfferedToTheRepsOfItsDepartmentAndAConversionToTheRepsOwnCustomers() throws Exception {
        String department = sales.department();
        String full = sales.rep(department, 0);
        String other = sales.rep(department, 0);
        String elsewhere = sales.rep(sales.department(), 5);
        com.relaycrm.sales.lead.Lead pooled = leads.create(new com.relaycrm.sales.lead.LeadCommands.NewLead(
                "Lead " + System.nanoTime(), "Company", com.relaycrm.sales.lead.LeadSource.EVENT, null, null,
                department, null, null), com.relaycrm.support.Fixtures.ADMIN);
        Task assign = taskService.createTaskQuery().processInstanceId(pooled.getProcessInstanceId()).singleResult();
        assertThat(assign.getTaskDefinitionKey()).isEqualTo("AssignFromDepartmentPool");
        capacity.setMaximum(other, com.relaycrm.sales.capacity.ResourceType.LEAD, 5);
        assertThat(options(assign, "repOptions")).extracting(option -> option[1])
                .as("the department's reps only").contains(full, other).doesNotContain(elsewhere, "sales1");

        // once the rep holds it, their follow-up offers their own customers for a conversion
        var own = sales.customerOf(other, department);
        attacks.handTo(assign.getId(), "salesmgr1");
        attacks.completeAs("salesmgr1", assign.getId(), Map.of("poolAction", "ASSIGN", "assignTo", other));
        Task followUp = taskService.createTaskQuery().processInstanceId(pooled.getProcessInstanceId())
                .singleResult();
        assertThat(options(followUp, "ownCustomerOptions")).extracting(option -> option[1])
                .containsExactly(String.valueOf(own.getId()));
    }

    @Test
    void aConversionSuggestsTheRepsCustomerWhoseNameMatchesTheLeadsCompany() throws Exception {
        String department = sales.department();
        String rep = sales.rep(department, 5);
        var other = sales.customerOf(rep, department);
        var matching = sales.customerOf(rep, department);
        // the company as the lead gave it: part of the customer's name, in another case
        String company = matching.getCode().toLowerCase();
        com.relaycrm.sales.lead.Lead pooled = leads.create(new com.relaycrm.sales.lead.LeadCommands.NewLead(
                "Lead " + System.nanoTime(), company, com.relaycrm.sales.lead.LeadSource.EVENT, null, null,
                department, null, null), com.relaycrm.support.Fixtures.ADMIN);
        // the department's only rep has room: the lead goes straight to them
        Task followUp = taskService.createTaskQuery().processInstanceId(pooled.getProcessInstanceId())
                .singleResult();
        assertThat(followUp.getAssignee()).isEqualTo(rep);
        List<String[]> options = options(followUp, "ownCustomerOptions");
        assertThat(options).extracting(option -> option[1]).as("the matching customer first")
                .containsExactly(String.valueOf(matching.getId()), String.valueOf(other.getId()));
        assertThat(options.get(0)[0]).isEqualTo(matching.getName() + " (" + matching.getCode()
                + ") — matches the lead's company / 与线索公司匹配");
        assertThat(options.get(1)[0]).isEqualTo(other.getName() + " (" + other.getCode() + ")");
    }

    /** The options as Tasklist gets them from form-variables: a Json variable holding a list of label and value. */
    private List<String[]> options(Task task, String valuesKey) throws Exception {
        var typed = formService.getTaskFormVariables(task.getId(), List.of(valuesKey), false).getValueTyped(valuesKey);
        assertThat(typed.getType().getName()).as("the variable type Tasklist parses as JSON").isEqualTo("json");
        JsonNode list = JSON.readTree(((org.camunda.bpm.engine.variable.value.SerializableValue) typed)
                .getValueSerialized());
        List<String[]> options = new ArrayList<>();
        for (JsonNode option : list) {
            options.add(new String[] {option.path("label").asText(), option.path("value").asText()});
        }
        return options;
    }
}
