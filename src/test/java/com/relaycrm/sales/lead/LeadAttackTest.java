package com.relaycrm.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.sales.SalesFixtures;
import com.relaycrm.sales.capacity.CapacityService;
import com.relaycrm.sales.capacity.ResourceType;
import com.relaycrm.sales.lead.LeadCommands.NewLead;
import com.relaycrm.sales.lead.internal.LeadActivityRepository;
import com.relaycrm.support.EngineRestAttacks;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * Issue #11 replayed on the lead lifecycle: a staff login trying to take over, close or convert a lead that is not
 * theirs, through the engine REST API and, as if the REST guard had let it through, through the engine itself. Each
 * attempt is refused and the lead keeps its holder, pool, status and history; the holder and the managers still
 * work it as before.
 */
@RelayIntegrationTest
class LeadAttackTest {

    @Autowired EngineRestAttacks attacks;
    @Autowired LeadService leads;
    @Autowired LeadActivityRepository activities;
    @Autowired CapacityService capacity;
    @Autowired SalesFixtures sales;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    private String holder;
    private Lead victim;

    @BeforeEach
    void anotherRepsLead() {
        String department = sales.department();
        holder = sales.rep(department, 5);
        victim = lead(department);
        assertThat(victim.getOwnerId()).isEqualTo(holder);
    }

    @Test
    void startingTheLifecycleForAnotherRepsLeadIsRefused() {
        Map<String, Object> takeOver = Map.of("leadId", victim.getId());

        ResponseEntity<String> answer = attacks.startOverRest("sales1", "lead-lifecycle", takeOver);
        assertThat(answer.getStatusCode().is4xxClientError()).as(answer.toString()).isTrue();
        assertThat(answer.getBody()).doesNotContain(victim.getName());

        assertThatThrownBy(() -> attacks.startPastTheGuard("sales1", "lead-lifecycle", takeOver))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("lead " + victim.getId() + " already has its lifecycle process");
        assertUntouched(victim);
    }

    @Test
    void onesOwnFollowUpTaskCannotCloseAnotherRepsLead() {
        String otherDepartment = sales.department();
        String attacker = sales.rep(otherDepartment, 5);
        Lead own = lead(otherDepartment);
        Map<String, Object> closeTheVictim = Map.of("outcome", "INVALID", "invalidReason", "Not a real company",
                "leadId", victim.getId());

        ResponseEntity<String> answer = attacks.completeOverRest(attacker, task(own).getId(), closeTheVictim);
        assertThat(answer.getStatusCode().value()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.getBody()).contains("leadId");
        assertUntouched(own);

        attacks.completeAs(attacker, task(own).getId(), closeTheVictim);
        assertUntouched(victim);
        assertThat(leads.lead(own.getId(), Fixtures.ADMIN).getStatus())
                .as("the decision applies to the task's own lead").isEqualTo(LeadStatus.INVALID);
    }

    @Test
    void onlyTheRepHoldingTheLeadFollowsItUpConvertsOrClosesIt() {
        String attacker = sales.rep(sales.department(), 5);
        Task followUp = task(victim);
        attacks.handTo(followUp.getId(), attacker);

        for (Map<String, Object> decision : java.util.List.<Map<String, Object>>of(
                Map.of("outcome", "INVALID", "invalidReason", "Not a real company"),
                Map.of("outcome", "FOLLOW_UP", "activityNote", "Called"),
                Map.of("outcome", "CONVERT", "createCustomer", true, "customerName", "Stolen Co"))) {
            assertThatThrownBy(() -> attacks.completeAs(attacker, followUp.getId(), decision))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining(attacker + " does not hold lead " + victim.getId());
        }
        ResponseEntity<String> answer = attacks.completeOverRest(attacker, followUp.getId(),
                Map.of("outcome", "INVALID", "invalidReason", "Not a real company"));
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.toString()).isFalse();
        assertUntouched(victim);

        attacks.handTo(followUp.getId(), holder);
        attacks.completeAs(holder, followUp.getId(), Map.of("outcome", "FOLLOW_UP", "activityNote", "Called, wants a demo"));
        assertThat(activities.findByLeadIdOrderById(victim.getId())).last()
                .satisfies(activity -> assertThat(activity.getActor()).isEqualTo(holder));
    }

    @Test
    void onlyASalesManagerAssignsReleasesOrClosesALeadInTheDepartmentPool() {
        String department = sales.department();
        sales.rep(department, 0);
        Lead pooled = lead(department);
        Task poolTask = task(pooled);
        assertThat(poolTask.getTaskDefinitionKey()).isEqualTo("AssignFromDepartmentPool");
        String rep = sales.rep(department, 5);
        attacks.handTo(poolTask.getId(), rep);

        for (Map<String, Object> decision : java.util.List.<Map<String, Object>>of(
                Map.of("poolAction", "ASSIGN", "assignTo", rep),
                Map.of("poolAction", "INVALID", "invalidReason", "Test entry"),
                Map.of("poolAction", "PUBLIC"))) {
            assertThatThrownBy(() -> attacks.completeAs(rep, poolTask.getId(), decision))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining(rep + " is not a sales manager");
        }
        Lead still = leads.lead(pooled.getId(), Fixtures.ADMIN);
        assertThat(still.getPool()).isEqualTo(LeadPool.DEPARTMENT);
        assertThat(still.getStatus()).isEqualTo(LeadStatus.IN_POOL);
        assertThat(still.getOwnerId()).isNull();
        assertThat(capacity.holding(rep, ResourceType.LEAD).held()).isZero();

        attacks.handTo(poolTask.getId(), "salesmgr1");
        attacks.completeAs("salesmgr1", poolTask.getId(), Map.of("poolAction", "ASSIGN", "assignTo", rep));
        assertThat(leads.lead(pooled.getId(), Fixtures.ADMIN).getOwnerId()).isEqualTo(rep);
    }

    @Test
    void anOverLongInvalidReasonIsRefusedNamingTheFieldAndNothingChanges() {
        String tooLong = "x".repeat(1001); // sales_lead.closed_reason holds 1000
        Map<String, Object> close = Map.of("outcome", "INVALID", "invalidReason", tooLong);

        // over REST the form's maxLength (the column's length) refuses it, naming the field by its label
        ResponseEntity<String> answer = attacks.completeOverRest(holder, task(victim).getId(), close);
        assertThat(answer.getStatusCode().value()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.getBody()).contains("Why the lead is invalid / 线索无效的原因 is too long: at most 1000 characters")
                .doesNotContainIgnoringCase("sql").doesNotContain("closed_reason");
        assertThatThrownBy(() -> attacks.completeAs(holder, task(victim).getId(), close))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("invalidReason"))
                .hasMessageContaining("The reason for closing the lead as invalid is too long: at most 1000 characters");
        assertUntouched(victim);

        attacks.completeAs(holder, task(victim).getId(), Map.of("outcome", "INVALID",
                "invalidReason", "y".repeat(1000)));
        assertThat(leads.lead(victim.getId(), Fixtures.ADMIN).getStatus()).isEqualTo(LeadStatus.INVALID);
    }

    @Test
    void aConversionCannotUseACustomerTheRepMayNotSee() {
        String department = sales.department();
        long someoneElses = sales.customerOf(sales.rep(department, 5), department).getId();
        Map<String, Object> conversion = new HashMap<>();
        conversion.put("outcome", "CONVERT");
        conversion.put("existingCustomerId", someoneElses);
        conversion.put("createContact", true);

        assertThatThrownBy(() -> attacks.completeAs(holder, task(victim).getId(), conversion))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("existingCustomerId")
                .hasMessageContaining("no customer " + someoneElses + " of yours");
        assertUntouched(victim);
    }

    // ---------------------------------------------------------------- helpers

    private Lead lead(String department) {
        return leads.create(new NewLead("Lead " + System.nanoTime(), "Company", LeadSource.EVENT, null, null, department,
                null, null), Fixtures.ADMIN);
    }

    private Task task(Lead lead) {
        return taskService.createTaskQuery().processInstanceId(lead.getProcessInstanceId()).singleResult();
    }

    private void assertUntouched(Lead lead) {
        Lead now = leads.lead(lead.getId(), Fixtures.ADMIN);
        assertThat(now.getStatus()).isEqualTo(LeadStatus.ASSIGNED);
        assertThat(now.getPool()).isEqualTo(LeadPool.PERSONAL);
        assertThat(now.getOwnerId()).isEqualTo(lead.getOwnerId());
        assertThat(now.getClosedReason()).isNull();
        assertThat(now.getProcessInstanceId()).isEqualTo(lead.getProcessInstanceId());
        assertThat(activities.findByLeadIdOrderById(lead.getId())).extracting(LeadActivity::getKind)
                .containsExactly(ActivityKind.CREATED, ActivityKind.ASSIGNED);
        assertThat(capacity.holding(lead.getOwnerId(), ResourceType.LEAD).held()).isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("lead-lifecycle")
                .variableValueEquals("leadId", lead.getId()).count()).isEqualTo(1);
    }
}
