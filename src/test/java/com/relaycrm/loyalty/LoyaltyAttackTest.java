package com.relaycrm.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.loyalty.LoyaltyCommands.NewConsumption;
import com.relaycrm.loyalty.LoyaltyCommands.NewRedemption;
import com.relaycrm.loyalty.internal.LoyaltyProperties;
import com.relaycrm.loyalty.process.ConsumptionPointsProcess;
import com.relaycrm.loyalty.process.PointsRedemptionProcess;
import com.relaycrm.support.Api;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.ProcessDriver;
import com.relaycrm.support.RelayProcessTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue #11, loyalty: the attacks a staff login tried on points, replayed. A redemption process bound by hand to
 * someone else's redemption without approval, a requester approving their own redemption, a hand-over answered
 * "yes", and a purchase of 999,999,999,999.99 posted for a member the poster may not see. Each is refused with
 * nothing changed, and the legitimate path still works.
 */
@RelayProcessTest
class LoyaltyAttackTest {

    private static final Viewer SALESMGR1 = new Viewer("salesmgr1", List.of("sales-manager", "sales"));

    @Autowired ProcessDriver driver;
    @Autowired RuntimeService runtimeService;
    @Autowired LoyaltyService loyalty;
    @Autowired RedemptionService redemptions;
    @Autowired LoyaltyProperties properties;
    @Autowired Fixtures fixtures;
    @Autowired Api api;

    // ---------------------------------------------------------------- redemption bound to someone else's record

    @Test
    void aRedemptionProcessStartedOverEngineRestForAnotherMembersRedemptionDeductsNothing() {
        Customer member = memberWith("sales2", "10000.00"); // 10,500 points; sales1 cannot see the member
        Redemption waiting = redemptions.request(new NewRedemption(member.getId(), "Bicycle",
                properties.redemptionApprovalAbove() + 1), Fixtures.SERVICE1);

        ResponseEntity<String> started = api.postForText("sales1",
                "/engine-rest/process-definition/key/points-redemption/start", """
                {"businessKey":"RD-%d","variables":{
                  "redemptionId":{"value":%d,"type":"Long"},
                  "approvalNeeded":{"value":false,"type":"Boolean"}}}""".formatted(waiting.getId(), waiting.getId()));

        assertThat(started.getStatusCode().is4xxClientError()).as(started.toString()).isTrue();
        assertUntouched(waiting, member, 10500);
    }

    @Test
    void evenStartedWithoutTheGuardAProcessNeverBindsToARedemptionThatHasOneOrTakesApprovalNeededFromAVariable() {
        Customer member = memberWith("sales2", "10000.00");
        Redemption waiting = redemptions.request(new NewRedemption(member.getId(), "Bicycle",
                properties.redemptionApprovalAbove() + 1), Fixtures.SERVICE1);

        // as if someone could start it: the same business key, the record id and "no approval" as variables
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PointsRedemptionProcess.KEY,
                "RD-" + waiting.getId(), Map.of("redemptionId", waiting.getId(), "approvalNeeded", false)))
                .hasStackTraceContaining("belongs to another process");
        // or any other business key, pointing at the record only through the variable
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PointsRedemptionProcess.KEY,
                "RD-X", Map.of("redemptionId", waiting.getId(), "approvalNeeded", false)))
                .hasStackTraceContaining("not about a stored redemption");

        assertUntouched(waiting, member, 10500);
        assertThat(process(waiting)).isWaitingAt("ApproveRedemption");
    }

    @Test
    void approvalIsDecidedFromTheStoredPointsNotFromAStartVariable() {
        Customer member = memberWith("sales1", "10000.00");
        Redemption large = redemptions.request(new NewRedemption(member.getId(), "Bicycle",
                properties.redemptionApprovalAbove() + 1), Fixtures.SERVICE1);

        assertThat(process(large)).isWaitingAt("ApproveRedemption");
        assertThat(runtimeService.getVariable(process(large).getId(), "approvalNeeded")).isNull();
        assertThat(loyalty.account(member.getId()).orElseThrow().getAvailablePoints()).isEqualTo(10500);
    }

    // ---------------------------------------------------------------- separation of duties

    @Test
    void theRequesterOfARedemptionMayNotApproveItAnotherApproverMay() {
        Customer member = memberWith("sales1", "10000.00");
        long points = properties.redemptionApprovalAbove() + 1;
        Redemption own = redemptions.request(new NewRedemption(member.getId(), "Bicycle", points), SALESMGR1);
        ProcessInstance process = process(own);

        assertThatThrownBy(() -> driver.complete(process, PointsRedemptionProcess.Tasks.APPROVE_REDEMPTION, "salesmgr1",
                Map.of(PointsRedemptionProcess.Variables.REDEMPTION_APPROVED, "YES")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("redemptionApproved").hasMessageContaining("may not approve it themselves");
        assertUntouched(own, member, 10500);
        assertThat(process).isWaitingAt("ApproveRedemption");

        driver.complete(process, PointsRedemptionProcess.Tasks.APPROVE_REDEMPTION, "demo",
                Map.of(PointsRedemptionProcess.Variables.REDEMPTION_APPROVED, "YES",
                        PointsRedemptionProcess.Variables.APPROVAL_NOTE, "Checked by the admin"));
        assertThat(process).isWaitingAt("HandOverGift");
        Redemption approved = redemptions.redemption(own.getId());
        assertThat(approved.getDecidedBy()).isEqualTo("demo");
        assertThat(approved.getStatus()).isEqualTo(RedemptionStatus.DEDUCTED);
        assertThat(loyalty.account(member.getId()).orElseThrow().getAvailablePoints()).isEqualTo(10500 - points);
    }

    // ---------------------------------------------------------------- one reading of a decision

    @Test
    void aHandOverAnsweredLowercaseYesIsRefusedAndADeliveredGiftIsNeverRefunded() {
        Customer member = memberWith("sales1", "3000.00");
        Redemption small = redemptions.request(new NewRedemption(member.getId(), "Thermos flask", 1000L),
                Fixtures.SERVICE1);
        ProcessInstance process = process(small);
        assertThat(process).isWaitingAt("HandOverGift");

        assertThatThrownBy(() -> driver.complete(process, PointsRedemptionProcess.Tasks.HAND_OVER_GIFT, "warehouse1",
                Map.of(PointsRedemptionProcess.Variables.GIFT_DELIVERED, "yes")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("giftDelivered");
        assertThat(redemptions.redemption(small.getId()).getStatus()).isEqualTo(RedemptionStatus.DEDUCTED);
        assertThat(process).isWaitingAt("HandOverGift");

        driver.complete(process, PointsRedemptionProcess.Tasks.HAND_OVER_GIFT, "warehouse1",
                Map.of(PointsRedemptionProcess.Variables.GIFT_DELIVERED, "YES"));
        assertThat(process).isEnded().hasPassed("GiftDelivered").hasNotPassed("RefundRedemptionPoints");
        assertThat(redemptions.redemption(small.getId()).getStatus()).isEqualTo(RedemptionStatus.DELIVERED);
        assertThat(loyalty.entries(member.getId())).extracting(PointsEntry::getEntryType)
                .containsExactly(EntryType.ACCRUAL, EntryType.REDEMPTION);
        assertThat(loyalty.account(member.getId()).orElseThrow().getAvailablePoints()).isEqualTo(2000);
    }

    // ---------------------------------------------------------------- postings follow the member's data permission

    @Test
    void aHugePurchaseForAMemberThePosterMayNotSeeIs404WithoutBalancesAndPostsNothing() {
        Customer member = memberWith("sales1", "100.00");
        String byId = newId();
        ResponseEntity<String> forId = api.postForText("sales2", "/api/loyalty/consumptions",
                purchase("\"customerId\":" + member.getId(), byId, "999999999999.99"));
        assertThat(forId.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(forId.getBody()).doesNotContain("availablePoints").doesNotContain("PLATINUM");

        String byCard = newId();
        ResponseEntity<String> forCard = api.postForText("sales2", "/api/loyalty/consumptions",
                purchase("\"cardNumber\":\"" + member.getCardNumber() + "\"", byCard, "999999999999.99"));
        assertThat(forCard.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(forCard.getBody()).doesNotContain("availablePoints").doesNotContain(String.valueOf(member.getId()));

        assertThat(loyalty.consumption("ORDER", byId)).isEmpty();
        assertThat(loyalty.consumption("ORDER", byCard)).isEmpty();
        assertThat(loyalty.account(member.getId()).orElseThrow().getAvailablePoints()).isEqualTo(100);
        assertThat(loyalty.account(member.getId()).orElseThrow().getTier()).isEqualTo(MemberTier.STANDARD);
    }

    @Test
    void aPurchaseAboveTheConfiguredMaximumIs400NamingTheAmountEvenForTheOwner() {
        Customer member = memberWith("sales1", "100.00");
        String tooBig = newId();
        ResponseEntity<Map<String, Object>> refused = api.post("sales1", "/api/loyalty/consumptions",
                purchase("\"customerId\":" + member.getId(), tooBig,
                        properties.maxPurchaseAmount().add(new BigDecimal("0.01")).toPlainString()));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("error")).contains("amount");
        assertThat(loyalty.consumption("ORDER", tooBig)).isEmpty();
        assertThat(loyalty.account(member.getId()).orElseThrow().getAvailablePoints()).isEqualTo(100);

        // the owner's ordinary purchase still earns points and shows the balances
        ResponseEntity<Map<String, Object>> ordinary = api.post("sales1", "/api/loyalty/consumptions",
                purchase("\"customerId\":" + member.getId(), newId(), "200.00"));
        assertThat(ordinary.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(ordinary.getBody()).containsEntry("availablePoints", 300);
    }

    // ---------------------------------------------------------------- the purchase and upgrade of a process are its own

    @Test
    void aConsumptionProcessStartedByHandForAnotherPurchasePostsAndRevealsNothing() {
        Customer member = fixtures.customer(MemberTier.STANDARD, "sales2");
        String externalId = newId();
        LoyaltyService.ConsumptionResult posted = loyalty.consume(new NewConsumption(member.getId(), null, "ORDER",
                externalId, new BigDecimal("500.00"), ConsumptionPointsProcessTest.ORDINARY_DAY, null), Fixtures.ADMIN);
        long consumptionId = posted.consumptionId();

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ConsumptionPointsProcess.KEY,
                "ORDER-" + externalId, Map.of("consumptionId", consumptionId)))
                .hasStackTraceContaining("belongs to another process");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ConsumptionPointsProcess.KEY,
                "ORDER-" + newId(), Map.of("consumptionId", consumptionId)))
                .hasStackTraceContaining("not about a stored purchase");

        assertThat(loyalty.consumption("ORDER", externalId).orElseThrow().getProcessInstanceId())
                .isEqualTo(posted.processInstanceId());
        assertThat(loyalty.entries(member.getId())).hasSize(1);
        assertThat(loyalty.account(member.getId()).orElseThrow().getAvailablePoints()).isEqualTo(500);
    }

    @Test
    void aWelcomeTaskCannotWriteItsNoteOnAnotherMembersUpgrade() {
        Customer own = fixtures.customer(MemberTier.STANDARD, "sales1");
        Customer other = fixtures.customer(MemberTier.STANDARD, "sales2");
        LoyaltyService.ConsumptionResult upgraded = upgrade(own);
        upgrade(other);
        TierChange othersUpgrade = loyalty.tierChanges(other.getId()).get(0);
        ProcessInstance process = runtimeService.createProcessInstanceQuery()
                .processInstanceId(upgraded.processInstanceId()).singleResult();
        assertThat(process).isWaitingAt("WelcomeMember");

        assertThatThrownBy(() -> driver.complete(process, ConsumptionPointsProcess.Tasks.WELCOME_MEMBER, "sales1",
                Map.of(ConsumptionPointsProcess.Variables.WELCOME_NOTE, "Hello",
                        ConsumptionPointsProcess.Data.TIER_CHANGE_ID, othersUpgrade.getId())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("tierChangeId");
        assertThat(loyalty.tierChanges(other.getId()).get(0).getWelcomedBy()).isNull();

        driver.complete(process, ConsumptionPointsProcess.Tasks.WELCOME_MEMBER, "sales1",
                Map.of(ConsumptionPointsProcess.Variables.WELCOME_NOTE, "Called the member"));
        assertThat(process).isEnded();
        assertThat(loyalty.tierChanges(own.getId()).get(0).getWelcomedBy()).isEqualTo("sales1");
        assertThat(loyalty.tierChanges(other.getId()).get(0).getWelcomedBy()).isNull();
    }

    private LoyaltyService.ConsumptionResult upgrade(Customer member) {
        LoyaltyService.ConsumptionResult result = loyalty.consume(new NewConsumption(member.getId(), null, "POS",
                newId(), new BigDecimal("19500.00"), ConsumptionPointsProcessTest.ORDINARY_DAY,
                List.of(ConsumptionPointsProcessTest.line("COMPUTER", "19500.00"))), Fixtures.ADMIN);
        assertThat(result.upgrade()).as("the purchase upgrades the member").isNotNull();
        return result;
    }

    // ---------------------------------------------------------------- helpers

    private void assertUntouched(Redemption redemption, Customer member, long available) {
        Redemption now = redemptions.redemption(redemption.getId());
        assertThat(now.getStatus()).isEqualTo(RedemptionStatus.REQUESTED);
        assertThat(now.getDecidedBy()).isNull();
        assertThat(now.getProcessInstanceId()).isEqualTo(redemption.getProcessInstanceId());
        assertThat(loyalty.account(member.getId()).orElseThrow().getAvailablePoints()).isEqualTo(available);
        assertThat(loyalty.entries(member.getId())).extracting(PointsEntry::getEntryType)
                .containsExactly(EntryType.ACCRUAL);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PointsRedemptionProcess.KEY)
                .processInstanceBusinessKey("RD-" + redemption.getId()).count()).isEqualTo(1);
    }

    private Customer memberWith(String owner, String purchase) {
        Customer member = fixtures.customer(MemberTier.STANDARD, owner);
        loyalty.consume(new NewConsumption(member.getId(), null, "ORDER", newId(), new BigDecimal(purchase),
                ConsumptionPointsProcessTest.ORDINARY_DAY, List.of(ConsumptionPointsProcessTest.line("OTHER", purchase))),
                Fixtures.ADMIN);
        return member;
    }

    private static String purchase(String memberField, String externalId, String amount) {
        return "{" + memberField + ",\"source\":\"ORDER\",\"externalId\":\"" + externalId + "\",\"amount\":" + amount
                + ",\"occurredAt\":\"" + ConsumptionPointsProcessTest.ORDINARY_DAY + "\"}";
    }

    private static String newId() {
        return "ATTACK-" + UUID.randomUUID();
    }

    private ProcessInstance process(Redemption redemption) {
        return runtimeService.createProcessInstanceQuery()
                .processInstanceId(redemptions.redemption(redemption.getId()).getProcessInstanceId()).singleResult();
    }

}
