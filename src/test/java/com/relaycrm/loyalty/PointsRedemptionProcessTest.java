package com.relaycrm.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.loyalty.LoyaltyCommands.NewConsumption;
import com.relaycrm.loyalty.LoyaltyCommands.NewRedemption;
import com.relaycrm.loyalty.internal.LoyaltyProperties;
import com.relaycrm.loyalty.process.PointsRedemptionProcess.Tasks;
import com.relaycrm.loyalty.process.PointsRedemptionProcess.Variables;
import com.relaycrm.loyalty.process.PointsRedemptionProcess;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.ProcessDriver;
import com.relaycrm.support.RelayProcessTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drives {@code processes/points-redemption.bpmn} through every path (small, approved, rejected, refused for want
 * of points, cancelled with refund), checking the redemption, the ledger and the balances after each step.
 */
@RelayProcessTest
class PointsRedemptionProcessTest {

    @Autowired ProcessDriver driver;
    @Autowired RuntimeService runtimeService;
    @Autowired IdentityService identityService;
    @Autowired LoyaltyService loyalty;
    @Autowired RedemptionService redemptions;
    @Autowired LoyaltyProperties properties;
    @Autowired Fixtures fixtures;

    @AfterEach
    void clearIdentity() {
        identityService.clearAuthentication();
    }

    @Test
    void aSmallRedemptionIsDeductedAtOnceAndTheWarehouseHandsTheGiftOver() {
        Customer member = memberWith("3000.00"); // 3000 points
        Redemption redemption = request(member, 1000);
        ProcessInstance process = process(redemption);

        assertThat(process).isWaitingAt(Tasks.HAND_OVER_GIFT).hasPassed("DeductRedemptionPoints")
                .hasNotPassed(Tasks.APPROVE_REDEMPTION);
        assertThat(driver.task(process, Tasks.HAND_OVER_GIFT)).hasCandidateGroup("warehouse");
        assertThat(redemptions.redemption(redemption.getId()).getStatus()).isEqualTo(RedemptionStatus.DEDUCTED);
        assertThat(available(member)).isEqualTo(2000);
        PointsEntry deduction = last(member);
        assertThat(deduction.getEntryType()).isEqualTo(EntryType.REDEMPTION);
        assertThat(deduction.getPoints()).isEqualTo(-1000);
        assertThat(deduction.getAvailableAfter()).isEqualTo(2000);
        assertThat(deduction.getAccumulatedAfter()).isEqualTo(3000);
        assertThat(deduction.getSourceReference()).isEqualTo("RD-" + redemption.getId());

        driver.complete(process, Tasks.HAND_OVER_GIFT, "warehouse1", Map.of(Variables.GIFT_DELIVERED, "YES", Variables.HANDOVER_NOTE, "Collected at store"));

        assertThat(process).isEnded().hasPassed("GiftDelivered");
        Redemption done = redemptions.redemption(redemption.getId());
        assertThat(done.getStatus()).isEqualTo(RedemptionStatus.DELIVERED);
        assertThat(done.getFulfilledBy()).isEqualTo("warehouse1");
        assertThat(available(member)).isEqualTo(2000);
        assertThat(loyalty.entries(member.getId())).hasSize(2);
    }

    @Test
    void aLargeRedemptionWaitsForApprovalAndACancellationRefundsThePoints() {
        Customer member = memberWith("10000.00"); // 10000 + 500 = 10500 points
        long large = properties.redemptionApprovalAbove() + 1;
        Redemption redemption = request(member, large);
        ProcessInstance process = process(redemption);

        assertThat(process).isWaitingAt(Tasks.APPROVE_REDEMPTION);
        assertThat(driver.task(process, Tasks.APPROVE_REDEMPTION)).hasCandidateGroup("sales-manager");
        assertThat(available(member)).isEqualTo(10500);
        // the amounts as people read them, with thousands separators
        assertThat(process).variables().containsEntry(Variables.POINTS_TEXT,
                        String.format(java.util.Locale.ROOT, "%,d points / %,d 积分", large, large))
                .containsEntry(Variables.POINTS_AVAILABLE_TEXT, "10,500 points / 10,500 积分");

        driver.complete(process, Tasks.APPROVE_REDEMPTION, "salesmgr1", Map.of(Variables.REDEMPTION_APPROVED, "YES", Variables.APPROVAL_NOTE, "Loyal customer"));
        assertThat(process).isWaitingAt(Tasks.HAND_OVER_GIFT).hasPassed("RecordRedemptionApproval", "DeductRedemptionPoints");
        assertThat(redemptions.redemption(redemption.getId()).getDecidedBy()).isEqualTo("salesmgr1");
        assertThat(process).variables().containsEntry(Variables.APPROVED_BY, "Zhao Lei (salesmgr1)");
        assertThat(available(member)).isEqualTo(10500 - large);

        driver.complete(process, Tasks.HAND_OVER_GIFT, "warehouse1", Map.of(Variables.GIFT_DELIVERED, "NO", Variables.HANDOVER_NOTE, "Member changed their mind"));

        assertThat(process).isEnded().hasPassed("RefundRedemptionPoints", "RedemptionCancelled");
        assertThat(redemptions.redemption(redemption.getId()).getStatus()).isEqualTo(RedemptionStatus.CANCELLED);
        PointsEntry refund = last(member);
        assertThat(refund.getEntryType()).isEqualTo(EntryType.ADJUSTMENT);
        assertThat(refund.getPoints()).isEqualTo(large);
        assertThat(refund.getAvailableAfter()).isEqualTo(10500);
        assertThat(refund.getAccumulatedAfter()).as("a refund is not new earning").isEqualTo(10500);
        assertThat(refund.getExpiresOn()).isNotNull();
        assertThat(loyalty.entries(member.getId())).extracting(PointsEntry::getEntryType)
                .containsExactly(EntryType.ACCRUAL, EntryType.REDEMPTION, EntryType.ADJUSTMENT);
        assertThat(available(member)).isEqualTo(10500);
    }

    @Test
    void aRejectedRedemptionDeductsNothing() {
        Customer member = memberWith("10000.00");
        Redemption redemption = request(member, properties.redemptionApprovalAbove() + 100);
        ProcessInstance process = process(redemption);

        driver.complete(process, Tasks.APPROVE_REDEMPTION, "salesmgr1", Map.of(Variables.REDEMPTION_APPROVED, "NO", Variables.APPROVAL_NOTE, "Not this month"));

        assertThat(process).isEnded().hasPassed("RedemptionRejected").hasNotPassed("DeductRedemptionPoints");
        Redemption rejected = redemptions.redemption(redemption.getId());
        assertThat(rejected.getStatus()).isEqualTo(RedemptionStatus.REJECTED);
        assertThat(rejected.getDecisionNote()).isEqualTo("Not this month");
        assertThat(available(member)).isEqualTo(10500);
        assertThat(loyalty.entries(member.getId())).hasSize(1);
    }

    @Test
    void pointsSpentWhileWaitingForApprovalRefuseTheRedemptionAtDeduction() {
        Customer member = memberWith("10000.00");
        Redemption large = request(member, 6000);
        request(member, 5000); // below the threshold: deducted at once, 5500 left

        ProcessInstance process = process(large);
        driver.complete(process, Tasks.APPROVE_REDEMPTION, "salesmgr1", Map.of(Variables.REDEMPTION_APPROVED, "YES"));

        assertThat(process).isEnded().hasPassed("RedemptionRefused").hasNotPassed(Tasks.HAND_OVER_GIFT);
        Redemption refused = redemptions.redemption(large.getId());
        assertThat(refused.getStatus()).isEqualTo(RedemptionStatus.REFUSED);
        assertThat(refused.getDecisionNote()).contains("5500");
        assertThat(available(member)).isEqualTo(5500);
    }

    @Test
    void moreThanTheAvailablePointsIsRefusedAtTheRequest() {
        Customer member = memberWith("100.00");
        assertThatThrownBy(() -> request(member, 101))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("points"))
                .hasMessageContaining("100");
        assertThat(loyalty.entries(member.getId())).hasSize(1);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PointsRedemptionProcess.KEY)
                .variableValueEquals(Variables.CARD_NUMBER, member.getCardNumber()).count()).isZero();
    }

    // ---------------------------------------------------------------- helpers

    private Customer memberWith(String purchase) {
        Customer member = fixtures.customer(MemberTier.STANDARD);
        loyalty.consume(new NewConsumption(member.getId(), null, "ORDER", ConsumptionPointsProcessTest.newId(),
                new BigDecimal(purchase), ConsumptionPointsProcessTest.ORDINARY_DAY,
                List.of(ConsumptionPointsProcessTest.line("OTHER", purchase))), Fixtures.ADMIN);
        return member;
    }

    private Redemption request(Customer member, long points) {
        return redemptions.request(new NewRedemption(member.getId(), "Thermos flask", points), Fixtures.SERVICE1);
    }

    private ProcessInstance process(Redemption redemption) {
        return runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(PointsRedemptionProcess.businessKey(redemption.getId())).singleResult();
    }

    private long available(Customer member) {
        return loyalty.account(member.getId()).orElseThrow().getAvailablePoints();
    }

    private PointsEntry last(Customer member) {
        List<PointsEntry> entries = loyalty.entries(member.getId());
        return entries.get(entries.size() - 1);
    }
}
