package com.relaycrm.sales.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.sales.SalesFixtures;
import com.relaycrm.sales.capacity.CapacityService;
import com.relaycrm.sales.capacity.ResourceType;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewOpportunity;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewQuote;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewQuoteLine;
import com.relaycrm.support.DemoUsers;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.ProcessDriver;
import com.relaycrm.support.RelayProcessTest;
import com.relaycrm.support.TaskForms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drives {@code processes/opportunity.bpmn}: every stage to 成功结束 with the internal-review and discount approval
 * gates and the order, a rejected review, 项目失败 with a reason, 项目休眠 woken by its timer, and the checks
 * (milestones, reason, wake-up date, a quote before winning), with the opportunity, its stage history, quotes,
 * order and holdings.
 */
@RelayProcessTest
class OpportunityProcessTest {

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FormService formService;
    @Autowired IdentityService identityService;
    @Autowired OpportunityService opportunities;
    @Autowired QuoteService quotes;
    @Autowired CapacityService capacity;
    @Autowired SalesFixtures sales;
    @Autowired DemoUsers demoUsers;
    @Autowired ProcessDriver driver;

    private String rep;
    @org.springframework.beans.factory.annotation.Autowired
    com.relaycrm.organisation.OrganisationService organisation;
    private Viewer viewer;
    private Customer customer;

    @BeforeEach
    void setUp() {
        String department = sales.department();
        rep = sales.rep(department, 5);
        viewer = sales.viewer(rep);
        customer = sales.customerOf(rep, department);
    }

    @AfterEach
    void clearIdentity() {
        identityService.clearAuthentication();
    }

    @Test
    void anOpportunityClimbsEveryStageThroughBothApprovalGatesAndAWinCreatesTheOrder() {
        Opportunity opportunity = open();
        ProcessInstance process = process(opportunity);
        assertThat(process).isWaitingAt("PromoteOpportunity");
        assertThat(task(opportunity)).isAssignedTo(rep);
        assertThat(runtimeService.getVariable(process.getId(), "stageLabel")).as("English and Chinese")
                .isEqualTo("New / 新建");
        assertThat((String) runtimeService.getVariable(process.getId(), "milestones")).contains("first contact");
        assertThat(capacity.holding(rep, ResourceType.OPPORTUNITY).held()).isEqualTo(1);

        promote(opportunity); // -> 机会识别
        promote(opportunity); // -> 需求分析
        promote(opportunity); // -> 方案制定
        promote(opportunity); // -> 方案内审
        assertThat(stage(opportunity)).isEqualTo(OpportunityStage.REVIEW);

        promote(opportunity); // leaving the internal review needs a manager
        assertThat(process).isWaitingAt("ApprovePromotion");
        assertThat(task(opportunity)).hasCandidateGroup("sales-manager");
        assertThat(runtimeService.getVariable(process.getId(), "approvalReason").toString()).contains("方案内审");
        // the manager sees who asks by name (a rep without a name in the directory: their id)
        assertThat(runtimeService.getVariable(process.getId(),
                com.relaycrm.sales.opportunity.process.OpportunityProcess.Variables.REQUESTED_BY))
                .asString().startsWith(rep.equals(organisation.displayName(rep)) ? rep
                        : organisation.displayName(rep) + " (" + rep + ")");
        assertThatThrownBy(() -> complete(opportunity, "service1", Map.of("promotionApproved", "YES")))
                .isInstanceOf(AuthorizationException.class);
        complete(opportunity, "salesmgr1", Map.of("promotionApproved", "YES", "approvalNote", "Margin ok"));
        assertThat(stage(opportunity)).isEqualTo(OpportunityStage.BIDDING);

        promote(opportunity); // -> 商务谈判
        Quote first = quotes.create(opportunity.getId(), new NewQuote(List.of(
                new NewQuoteLine("UV200", 2, null))), viewer);
        Quote second = quotes.create(opportunity.getId(), new NewQuote(List.of(
                new NewQuoteLine("UV200", 2, new BigDecimal("6800.00")), // 15 % off: beyond the 8 % limit
                new NewQuoteLine("IP500-INK", 10, null))), viewer);
        assertThat(first.getVersion()).isEqualTo(1);
        assertThat(first.isApprovalNeeded()).isFalse();
        assertThat(second.getVersion()).isEqualTo(2);
        assertThat(second.isApprovalNeeded()).isTrue();
        assertThat(second.getTotal()).isEqualByComparingTo("16300.00"); // 2 x 6800 + 10 x 270 (consumables -10 %)

        promote(opportunity); // the discount needs a manager
        assertThat(process).isWaitingAt("ApprovePromotion");
        assertThat(runtimeService.getVariable(process.getId(), "approvalReason").toString()).contains("discount");
        complete(opportunity, "salesmgr1", Map.of("promotionApproved", "YES"));
        assertThat(stage(opportunity)).isEqualTo(OpportunityStage.CONTRACT);
        assertThat(quotes.quotes(opportunity.getId(), viewer).get(1).getApprovedBy()).isEqualTo("salesmgr1");

        promote(opportunity); // -> 成功结束
        assertThat(process).isEnded().hasPassed("CreateOrder", "OpportunityWon");
        Opportunity won = opportunities.opportunity(opportunity.getId(), viewer);
        assertThat(won.getStatus()).isEqualTo(OpportunityStatus.WON);
        SalesOrder order = quotes.order(opportunity.getId(), viewer).orElseThrow();
        assertThat(order.getQuoteId()).isEqualTo(second.getId());
        assertThat(order.getTotal()).isEqualByComparingTo("16300.00");
        assertThat(order.getLines()).extracting(OrderLine::getProductCode).containsExactly("UV200", "IP500-INK");
        assertThat(opportunities.history(opportunity.getId(), viewer)).extracting(StageChange::getToStage)
                .containsExactly(OpportunityStage.IDENTIFIED, OpportunityStage.ANALYSIS, OpportunityStage.SOLUTION,
                        OpportunityStage.REVIEW, OpportunityStage.BIDDING, OpportunityStage.NEGOTIATION,
                        OpportunityStage.CONTRACT, OpportunityStage.WON);
        assertThat(capacity.holding(rep, ResourceType.OPPORTUNITY).held()).isZero();
    }

    @Test
    void aRejectedReviewStaysAtTheStageAndMilestonesMustBeConfirmed() {
        Opportunity opportunity = open();
        assertThatThrownBy(() -> complete(opportunity, rep, Map.of("promotion", "ADVANCE")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("milestonesMet");
        for (int i = 0; i < 4; i++) {
            promote(opportunity);
        }
        promote(opportunity);
        complete(opportunity, "salesmgr1", Map.of("promotionApproved", "NO", "approvalNote", "Rework the solution"));
        assertThat(process(opportunity)).isWaitingAt("PromoteOpportunity");
        TaskForms.assertOpensEmpty(formService, task(opportunity));
        promote(opportunity); // and the next approval opens without the rejection's answer and note
        assertThat(process(opportunity)).isWaitingAt("ApprovePromotion");
        complete(opportunity, "salesmgr1", Map.of("promotionApproved", "NO", "approvalNote", "Still not"));
        assertThat(opportunities.history(opportunity.getId(), viewer)).extracting(StageChange::getNote)
                .as("each stage's note as written, not appended to the last").containsSubsequence(
                        "Stage 新建 done.", "Stage 机会识别 done.");
        assertThat(stage(opportunity)).isEqualTo(OpportunityStage.REVIEW);
    }

    @Test
    void aFailedProjectNeedsAReasonAndFreesTheOwnersPlace() {
        Opportunity opportunity = open();
        ProcessInstance process = process(opportunity);
        assertThatThrownBy(() -> complete(opportunity, rep, Map.of("promotion", "FAIL")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("failureReason");
        complete(opportunity, rep, Map.of("promotion", "FAIL", "failureReason", "Lost to a competitor on price"));

        assertThat(process).isEnded().hasPassed("OpportunityLost");
        Opportunity lost = opportunities.opportunity(opportunity.getId(), viewer);
        assertThat(lost.getStatus()).isEqualTo(OpportunityStatus.LOST);
        assertThat(lost.getFailureReason()).isEqualTo("Lost to a competitor on price");
        assertThat(capacity.holding(rep, ResourceType.OPPORTUNITY).held()).isZero();
    }

    @Test
    void aDormantProjectIsWokenOnItsDate() {
        Opportunity opportunity = open();
        ProcessInstance process = process(opportunity);
        assertThatThrownBy(() -> complete(opportunity, rep, Map.of("promotion", "DORMANT",
                "wakeUpOn", LocalDate.now().minusDays(1).toString()))).isInstanceOf(InvalidInputException.class);
        LocalDate wakeUp = LocalDate.now().plusMonths(2);
        complete(opportunity, rep, Map.of("promotion", "DORMANT", "wakeUpOn", wakeUp.toString()));

        assertThat(process).isWaitingAt("WakeUpDate");
        Opportunity dormant = opportunities.opportunity(opportunity.getId(), viewer);
        assertThat(dormant.getStatus()).isEqualTo(OpportunityStatus.DORMANT);
        assertThat(dormant.getDormantUntil()).isEqualTo(wakeUp);
        var timer = driver.timer(process, "WakeUpDate");
        assertThat(timer.getDuedate()).isEqualTo(java.util.Date.from(wakeUp.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()));

        driver.fireTimer(process, "WakeUpDate");
        assertThat(process).isWaitingAt("PromoteOpportunity").hasPassed("WakeUpOpportunity");
        assertThat(opportunities.opportunity(opportunity.getId(), viewer).getStatus()).isEqualTo(OpportunityStatus.OPEN);
    }

    @Test
    void winningNeedsAQuoteAndOthersNeitherSeeNorQuoteTheOpportunity() {
        Opportunity opportunity = open();
        for (int i = 0; i < 4; i++) {
            promote(opportunity);
        }
        promote(opportunity);
        complete(opportunity, "salesmgr1", Map.of("promotionApproved", "YES"));
        promote(opportunity);
        promote(opportunity);
        assertThat(stage(opportunity)).isEqualTo(OpportunityStage.CONTRACT);
        assertThatThrownBy(() -> promote(opportunity)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("quote");

        Viewer other = sales.viewer("sales2");
        assertThatThrownBy(() -> opportunities.opportunity(opportunity.getId(), other))
                .isInstanceOf(com.relaycrm.common.NotFoundException.class);
        assertThatThrownBy(() -> quotes.create(opportunity.getId(), new NewQuote(List.of(new NewQuoteLine("UV200", 1, null))),
                other)).isInstanceOf(com.relaycrm.common.NotFoundException.class);
        assertThatThrownBy(() -> quotes.create(opportunity.getId(), new NewQuote(List.of(new NewQuoteLine("NOPE", 1, null))),
                viewer)).isInstanceOf(InvalidInputException.class).hasMessageContaining("lines[0].productCode");
        assertThat(demoUsers.actAs("sales2", () -> taskService.createTaskQuery()
                .processInstanceId(opportunity.getProcessInstanceId()).count())).isZero();
    }

    @Test
    void anOwnerAtTheMaximumCannotOpenAnother() {
        capacity.setMaximum(rep, ResourceType.OPPORTUNITY, 1);
        open();
        assertThatThrownBy(this::open).isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 1");
    }

    private Opportunity open() {
        return opportunities.open(new NewOpportunity(customer.getId(), "Deal " + System.nanoTime(),
                new BigDecimal("50000.00"), LocalDate.now().plusMonths(3)), viewer);
    }

    private void promote(Opportunity opportunity) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("promotion", "ADVANCE");
        variables.put("milestonesMet", true);
        variables.put("promotionNote", "Stage " + stage(opportunity).label() + " done.");
        complete(opportunity, rep, variables);
        if (process(opportunity) != null) {
            // the next stage's promotion (or the manager's approval) opens empty, not with this round's note
            TaskForms.assertOpensEmpty(formService, task(opportunity));
        }
    }

    private OpportunityStage stage(Opportunity opportunity) {
        return opportunities.opportunity(opportunity.getId(), Fixtures.ADMIN).getStage();
    }

    private ProcessInstance process(Opportunity opportunity) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(opportunity.getProcessInstanceId()).singleResult();
    }

    private Task task(Opportunity opportunity) {
        return taskService.createTaskQuery().processInstanceId(opportunity.getProcessInstanceId()).singleResult();
    }

    /** Works the opportunity's one open task as the user (ProcessDriver claims it first when nobody holds it). */
    private void complete(Opportunity opportunity, String user, Map<String, Object> variables) {
        driver.complete(task(opportunity), user, variables);
    }
}
