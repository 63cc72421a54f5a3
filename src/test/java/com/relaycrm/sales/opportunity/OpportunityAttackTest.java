package com.relaycrm.sales.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.Viewer;
import com.relaycrm.organisation.Groups;
import com.relaycrm.sales.SalesFixtures;
import com.relaycrm.sales.capacity.CapacityService;
import com.relaycrm.sales.capacity.ResourceType;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewOpportunity;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewQuote;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewQuoteLine;
import com.relaycrm.support.DemoUsers;
import com.relaycrm.support.EngineRestAttacks;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * Issue #11 replayed on the opportunity stage process: a staff login trying to move an opportunity that is not
 * theirs, through the engine REST API and, as if the REST guard had let it through, through the engine itself. Each
 * attempt is refused and the opportunity keeps its owner, stage and status; the owner and a second manager still
 * work it as before.
 */
@RelayIntegrationTest
class OpportunityAttackTest {

    @Autowired EngineRestAttacks attacks;
    @Autowired OpportunityService opportunities;
    @Autowired QuoteService quotes;
    @Autowired CapacityService capacity;
    @Autowired SalesFixtures sales;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired DemoUsers demoUsers;

    private String department;
    private String owner;
    private Opportunity victim;

    @BeforeEach
    void anotherRepsOpportunity() {
        department = sales.department();
        owner = sales.rep(department, 5);
        victim = open(owner);
    }

    @Test
    void startingTheStageProcessForAnotherRepsOpportunityIsRefused() {
        Map<String, Object> takeOver = Map.of("opportunityId", victim.getId(), "owner", "sales1");

        ResponseEntity<String> answer = attacks.startOverRest("sales1", "opportunity", takeOver);
        assertThat(answer.getStatusCode().is4xxClientError()).as(answer.toString()).isTrue();
        assertThat(answer.getBody()).doesNotContain(victim.getName());

        assertThatThrownBy(() -> attacks.startPastTheGuard("sales1", "opportunity", takeOver))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("opportunity " + victim.getId() + " already has its stage process");
        assertUntouched(victim, OpportunityStage.NEW);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("opportunity")
                .variableValueEquals("opportunityId", victim.getId()).count()).isEqualTo(1);

        promote(victim, owner);
        assertThat(stage(victim)).as("the owner still works it").isEqualTo(OpportunityStage.IDENTIFIED);
    }

    @Test
    void onesOwnPromotionTaskCannotBeAimedAtAnotherRepsOpportunity() {
        String attacker = sales.rep(department, 5);
        Opportunity own = open(attacker);
        Map<String, Object> failTheVictim = Map.of("promotion", "FAIL", "failureReason", "Lost to a competitor",
                "opportunityId", victim.getId());

        ResponseEntity<String> answer = attacks.completeOverRest(attacker, task(own).getId(), failTheVictim);
        assertThat(answer.getStatusCode().value()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.getBody()).contains("opportunityId");
        assertUntouched(own, OpportunityStage.NEW);

        attacks.completeAs(attacker, task(own).getId(), failTheVictim);
        assertUntouched(victim, OpportunityStage.NEW);
        assertThat(opportunities.get(own.getId()).getStatus()).as("the decision applies to the task's own opportunity")
                .isEqualTo(OpportunityStatus.LOST);
    }

    @Test
    void onlyTheOwnerDecidesTheOpportunitysPromotion() {
        String attacker = sales.rep(department, 5);
        Task promotion = task(victim);
        attacks.handTo(promotion.getId(), attacker);

        ResponseEntity<String> answer = attacks.completeOverRest(attacker, promotion.getId(),
                Map.of("promotion", "FAIL", "failureReason", "Lost to a competitor"));
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.toString()).isFalse();
        assertThatThrownBy(() -> attacks.completeAs(attacker, promotion.getId(),
                Map.of("promotion", "ADVANCE", "milestonesMet", true)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining(attacker + " is not the owner of opportunity " + victim.getId());
        assertUntouched(victim, OpportunityStage.NEW);
        assertThat(task(victim).getId()).isEqualTo(promotion.getId());

        attacks.handTo(promotion.getId(), owner);
        promote(victim, owner);
        assertThat(stage(victim)).isEqualTo(OpportunityStage.IDENTIFIED);
    }

    @Test
    void aSalesManagerNeverApprovesThePromotionOfTheirOwnOpportunity() {
        Opportunity own = salesmgr1sOpportunityAtTheReviewGate();
        Task approval = task(own);

        ResponseEntity<String> answer = attacks.completeOverRest("salesmgr1", approval.getId(),
                Map.of("promotionApproved", "YES"));
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.toString()).isFalse();
        assertThatThrownBy(() -> attacks.completeAs("salesmgr1", approval.getId(), Map.of("promotionApproved", "YES")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("salesmgr1 asked for this approval")
                .hasMessageContaining("another sales manager must");
        assertThat(stage(own)).isEqualTo(OpportunityStage.REVIEW);
        assertThat(task(own).getId()).as("the approval still waits").isEqualTo(approval.getId());

        attacks.completeAs("demo", approval.getId(), Map.of("promotionApproved", "YES"));
        assertThat(stage(own)).isEqualTo(OpportunityStage.BIDDING);
        assertThat(opportunities.history(own.getId(), Fixtures.ADMIN)).last()
                .satisfies(change -> assertThat(change.getActor()).isEqualTo("demo"));
    }

    @Test
    void theApprovalIsNeverHandedToTheOwnerByClaimTransferOrDelegation() {
        Opportunity own = salesmgr1sOpportunityAtTheReviewGate();
        Task approval = task(own);
        String otherManager = salesManager();

        // the engine reports a task listener's refusal wrapped, with its message
        assertThatThrownBy(() -> demoUsers.actAs("salesmgr1", () -> taskService.claim(approval.getId(), "salesmgr1")))
                .as("a claim").hasRootCauseInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("salesmgr1 asked for this approval");
        assertThatThrownBy(() -> demoUsers.actAs("demo", () -> taskService.setAssignee(approval.getId(), "salesmgr1")))
                .as("a transfer").hasRootCauseInstanceOf(AccessDeniedException.class);
        demoUsers.actAs(otherManager, () -> taskService.claim(approval.getId(), otherManager));
        assertThatThrownBy(() -> demoUsers.actAs(otherManager, () -> taskService.delegateTask(approval.getId(), "salesmgr1")))
                .as("a delegation").hasRootCauseInstanceOf(AccessDeniedException.class);
        assertThat(task(own).getAssignee()).isEqualTo(otherManager);
        assertThat(stage(own)).isEqualTo(OpportunityStage.REVIEW);

        attacks.completeAs(otherManager, approval.getId(), Map.of("promotionApproved", "YES"));
        assertThat(stage(own)).isEqualTo(OpportunityStage.BIDDING);
    }

    @Test
    void theManagerWhoWroteAnOverLimitDiscountNeverApprovesIt() {
        Viewer manager = new Viewer("salesmgr1", List.of(Groups.SALES_MANAGER, Groups.SALES));
        Quote discounted = quotes.create(victim.getId(), new NewQuote(List.of(
                new NewQuoteLine("UV200", 2, new BigDecimal("6800.00")))), manager); // 15 % off, the limit is 8 %
        assertThat(discounted.isAwaitingApproval()).isTrue();
        promote(victim, owner);
        Task approval = task(victim);
        assertThat(approval.getTaskDefinitionKey()).isEqualTo("ApprovePromotion");

        assertThatThrownBy(() -> attacks.completeAs("salesmgr1", approval.getId(), Map.of("promotionApproved", "YES")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("salesmgr1 asked for this approval");
        assertThatThrownBy(() -> attacks.completeAs(owner, approval.getId(), Map.of("promotionApproved", "YES")))
                .as("the owner is not among the approvers").isInstanceOf(AuthorizationException.class);
        assertUntouched(victim, OpportunityStage.NEW);
        assertThat(quotes.latest(victim.getId()).orElseThrow().isAwaitingApproval()).isTrue();

        attacks.completeAs("demo", approval.getId(), Map.of("promotionApproved", "YES"));
        assertThat(stage(victim)).isEqualTo(OpportunityStage.IDENTIFIED);
        assertThat(quotes.latest(victim.getId()).orElseThrow().getApprovedBy()).isEqualTo("demo");
    }

    @Test
    void anOverLongFailureReasonIsRefusedNamingTheFieldAndNothingChanges() {
        String tooLong = "x".repeat(1001); // opportunity.failure_reason holds 1000

        assertThatThrownBy(() -> attacks.completeAs(owner, task(victim).getId(),
                Map.of("promotion", "FAIL", "failureReason", tooLong)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("failureReason"))
                .hasMessageContaining("at most 1000 characters");
        assertUntouched(victim, OpportunityStage.NEW);
    }

    // ---------------------------------------------------------------- helpers

    private Opportunity open(String rep) {
        return opportunities.open(new NewOpportunity(sales.customerOf(rep, department).getId(), "Deal " + System.nanoTime(),
                new BigDecimal("50000.00"), LocalDate.now().plusMonths(3)), sales.viewer(rep));
    }

    /** salesmgr1 also sells (Mingda Medical is theirs in the demo data): their own opportunity, leaving 方案内审. */
    private Opportunity salesmgr1sOpportunityAtTheReviewGate() {
        capacity.setMaximum("salesmgr1", ResourceType.OPPORTUNITY, 10_000);
        Opportunity own = opportunities.open(new NewOpportunity(sales.customerOf("salesmgr1", department).getId(),
                "Sterilizers for Mingda " + System.nanoTime(), new BigDecimal("80000.00"), LocalDate.now().plusMonths(2)),
                new Viewer("salesmgr1", List.of(Groups.SALES_MANAGER, Groups.SALES)));
        for (int i = 0; i < 5; i++) {
            promote(own, "salesmgr1"); // the fifth leaves 方案内审 and asks for a manager
        }
        assertThat(task(own).getTaskDefinitionKey()).isEqualTo("ApprovePromotion");
        return own;
    }

    private String salesManager() {
        String id = "mgr" + System.nanoTime();
        User user = identityService.newUser(id);
        user.setPassword(id);
        identityService.saveUser(user);
        identityService.createMembership(id, Groups.SALES_MANAGER);
        return id;
    }

    private void promote(Opportunity opportunity, String user) {
        Task task = task(opportunity);
        attacks.completeAs(user, task.getId(), Map.of("promotion", "ADVANCE", "milestonesMet", true));
    }

    private Task task(Opportunity opportunity) {
        return taskService.createTaskQuery().processInstanceId(opportunity.getProcessInstanceId()).singleResult();
    }

    private OpportunityStage stage(Opportunity opportunity) {
        return opportunities.get(opportunity.getId()).getStage();
    }

    private void assertUntouched(Opportunity opportunity, OpportunityStage stage) {
        Opportunity now = opportunities.get(opportunity.getId());
        assertThat(now.getStatus()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(now.getStage()).isEqualTo(stage);
        assertThat(now.getOwnerId()).isEqualTo(opportunity.getOwnerId());
        assertThat(now.getFailureReason()).isNull();
        assertThat(now.getProcessInstanceId()).isEqualTo(opportunity.getProcessInstanceId());
    }
}
