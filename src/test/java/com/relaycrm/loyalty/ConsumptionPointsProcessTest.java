package com.relaycrm.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.loyalty.LoyaltyCommands.ConsumptionLine;
import com.relaycrm.loyalty.LoyaltyCommands.NewConsumption;
import com.relaycrm.loyalty.LoyaltyService.ConsumptionResult;
import com.relaycrm.loyalty.internal.PointsCorrections;
import com.relaycrm.loyalty.process.ConsumptionPointsProcess.Tasks;
import com.relaycrm.loyalty.process.ConsumptionPointsProcess.Variables;
import com.relaycrm.rules.DecisionTables;
import com.relaycrm.support.DemoUsers;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.ProcessDriver;
import com.relaycrm.support.RelayProcessTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives {@code processes/consumption-points.bpmn} through both paths and checks the ledger, the balances and the
 * change history; then replays and concurrent purchases.
 */
@RelayProcessTest
class ConsumptionPointsProcessTest {

    /** A day without promotions in the points-categories table, so the expected points stay put. */
    static final Instant ORDINARY_DAY = Instant.parse("2026-06-15T10:00:00Z");

    @Autowired PointsCorrections corrections;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProcessDriver driver;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired DemoUsers demoUsers;
    @Autowired LoyaltyService loyalty;
    @Autowired CustomerService customers;
    @Autowired DecisionTables tables;
    @Autowired Fixtures fixtures;

    @AfterEach
    void clearIdentity() {
        identityService.clearAuthentication();
    }

    @Test
    void aSmallPurchaseEarnsPointsAndEndsWithoutUpgrade() {
        Customer member = fixtures.customer(MemberTier.STANDARD);
        String externalId = newId();

        ConsumptionResult result = consume(member, externalId, "1234.50",
                List.of(line("COMPUTER", "1000.00"), line("GROCERY", "234.50")));

        // 1000 x 1 + 234.50 x 0.5 = 1117.25 -> 1117, STANDARD x 1.0, below 5000: no offset
        assertThat(result.replay()).isFalse();
        assertThat(result.entry().getPoints()).isEqualTo(1117);
        HistoricProcessInstance process = process(result);
        assertThat(process.getBusinessKey()).isEqualTo("POS-" + externalId);
        assertThat(process.getEndActivityId()).isEqualTo("PointsPosted");
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(process.getId())
                .activityId(Tasks.WELCOME_MEMBER).count()).isZero();

        PointsEntry entry = loyalty.entries(member.getId()).get(0);
        assertThat(loyalty.entries(member.getId())).hasSize(1);
        assertThat(entry.getEntryType()).isEqualTo(EntryType.ACCRUAL);
        assertThat(entry.getAvailableAfter()).isEqualTo(1117);
        assertThat(entry.getAccumulatedAfter()).isEqualTo(1117);
        assertThat(entry.getSourceType()).isEqualTo("POS");
        assertThat(entry.getSourceReference()).isEqualTo(externalId);
        assertThat(entry.getExpiresOn()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(entry.getCreatedBy()).isEqualTo("system");
        PointsAccount account = loyalty.account(member.getId()).orElseThrow();
        assertThat(account.getAvailablePoints()).isEqualTo(1117);
        assertThat(account.getTier()).isEqualTo(MemberTier.STANDARD);
        assertThat(loyalty.tierChanges(member.getId())).isEmpty();
    }

    @Test
    void theLedgerEntryRecordsTheRulesAndTableVersionsThatDecidedThePoints() {
        Customer member = fixtures.customer(MemberTier.GOLD);
        ConsumptionResult result = consume(member, newId(), "6000.00", List.of(line("HOME_APPLIANCE", "6000.00")));

        PointsEntry entry = result.entry();
        assertThat(entry.getPoints()).isEqualTo(9100); // 6000 x 1.5 + 100
        assertThat(entry.getRuleName()).matches("PointsCategories_\\d+ PointsEarning_\\d+");
        assertThat(entry.getTableVersion()).isEqualTo("points-earning@" + tables.version("points-earning")
                + " points-categories@" + tables.version("points-categories"));
    }

    @Test
    void anUpgradeIsRecordedInTheHistoryAndTheOwnerWelcomesTheMember() {
        Customer member = fixtures.customer(MemberTier.STANDARD);
        consume(member, newId(), "800.00", List.of(line("OTHER", "800.00")));

        ConsumptionResult result = consume(member, newId(), "19500.00", List.of(line("COMPUTER", "19500.00")));

        // 19500 + 500 offset = 20000 earned, 20800 accumulated: SILVER from 20000
        assertThat(result.entry().getPoints()).isEqualTo(20000);
        assertThat(result.accumulatedPoints()).isEqualTo(20800);
        assertThat(result.tier()).isEqualTo(MemberTier.SILVER);
        assertThat(customers.customer(member.getId()).getMemberTier()).isEqualTo(MemberTier.SILVER);
        assertThat(loyalty.tierChanges(member.getId())).singleElement().satisfies(change -> {
            assertThat(change.getOldTier()).isEqualTo(MemberTier.STANDARD);
            assertThat(change.getNewTier()).isEqualTo(MemberTier.SILVER);
            assertThat(change.getAccumulatedPoints()).isEqualTo(20800);
            assertThat(change.getRuleName()).startsWith("PointsTiers_");
            assertThat(change.getTableVersion()).isEqualTo(tables.version("points-tiers"));
            assertThat(change.getWelcomedAt()).isNull();
        });
        assertThat(result.upgrade()).isNotNull();

        ProcessInstance process = runtimeService.createProcessInstanceQuery()
                .processInstanceId(result.processInstanceId()).singleResult();
        assertThat(process).isWaitingAt(Tasks.WELCOME_MEMBER).hasPassed("PostConsumptionPoints");
        Task welcome = driver.task(process, Tasks.WELCOME_MEMBER);
        assertThat(welcome).isAssignedTo("sales1");
        assertThat(welcome.getTaskDefinitionKey()).isEqualTo(Tasks.WELCOME_MEMBER);
        assertThat(welcome.getDueDate()).as("due within relay.loyalty.welcome-within (P3D)")
                .isCloseTo(Date.from(Instant.now().plus(Duration.ofDays(3))), 60_000);
        Map<String, Object> shown = taskService.getVariables(welcome.getId());
        assertThat(shown).containsEntry(Variables.OLD_TIER, "STANDARD").containsEntry(Variables.NEW_TIER, "SILVER")
                .containsEntry(Variables.CUSTOMER_NAME, member.getName())
                .containsEntry(Variables.CARD_NUMBER, member.getCardNumber());

        driver.complete(welcome, "sales1",
                Map.of(Variables.WELCOME_NOTE, "Called the member, explained silver benefits"));

        assertThat(process).isEnded().hasPassed("RecordMemberWelcome", "MemberWelcomed");
        assertThat(loyalty.tierChanges(member.getId())).singleElement().satisfies(change -> {
            assertThat(change.getWelcomedBy()).isEqualTo("sales1");
            assertThat(change.getWelcomeNote()).contains("silver benefits");
            assertThat(change.getWelcomedAt()).isNotNull();
        });
    }

    @Test
    void aMemberWithoutOwnerIsWelcomedByASalesManager() {
        Customer member = fixtures.customer(MemberTier.STANDARD);
        // as after the customer was recycled to the public pool, or its owner left the company
        jdbc.update("update customer set owner_id = null where id = ?", member.getId());

        ConsumptionResult result = consume(member, newId(), "19500.00", List.of(line("COMPUTER", "19500.00")));

        ProcessInstance process = runtimeService.createProcessInstanceQuery()
                .processInstanceId(result.processInstanceId()).singleResult();
        assertThat(process).isWaitingAt(Tasks.WELCOME_MEMBER);
        Task welcome = driver.task(process, Tasks.WELCOME_MEMBER);
        assertThat(welcome.getAssignee()).isNull();
        assertThat(welcome).hasCandidateGroup("sales-manager");
        assertThat(welcome.getDueDate()).isNotNull();
        assertThat(demoUsers.actAs("sales1", () -> taskService.createTaskQuery().taskId(welcome.getId()).count()))
                .as("a sales rep does not see another's member").isZero();

        driver.complete(welcome, "salesmgr1", Map.of(Variables.WELCOME_NOTE, "Welcomed at the store"));

        assertThat(process).isEnded().hasPassed("RecordMemberWelcome");
        assertThat(loyalty.tierChanges(member.getId())).singleElement()
                .satisfies(change -> assertThat(change.getWelcomedBy()).isEqualTo("salesmgr1"));
    }

    @Test
    void earningNeverMovesAMemberDown() {
        Customer member = fixtures.customer(MemberTier.GOLD);
        ConsumptionResult result = consume(member, newId(), "100.00", List.of(line("OTHER", "100.00")));

        assertThat(result.tier()).isEqualTo(MemberTier.GOLD);
        assertThat(loyalty.tierChanges(member.getId())).isEmpty();
        assertThat(process(result).getEndActivityId()).isEqualTo("PointsPosted");
    }

    @Test
    void theSameTransactionTwiceEarnsOnceAndAnswersWithTheFirstEntry() {
        Customer member = fixtures.customer(MemberTier.STANDARD);
        String externalId = newId();
        ConsumptionResult first = consume(member, externalId, "300.00", List.of(line("OTHER", "300.00")));
        ConsumptionResult again = consume(member, externalId, "300.00", List.of(line("OTHER", "300.00")));

        assertThat(again.replay()).isTrue();
        assertThat(again.consumptionId()).isEqualTo(first.consumptionId());
        assertThat(again.entry().getId()).isEqualTo(first.entry().getId());
        assertThat(again.availablePoints()).isEqualTo(300);
        assertThat(loyalty.entries(member.getId())).hasSize(1);
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey("POS-" + externalId).count()).isEqualTo(1);
    }

    @Test
    void concurrentPurchasesOfOneMemberLoseNothing() throws Exception {
        Customer member = fixtures.customer(MemberTier.STANDARD);
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        consume(member, newId(), "100.00", List.of(line("OTHER", "100.00")));
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        List<PointsEntry> entries = loyalty.entries(member.getId());
        assertThat(entries).hasSize(threads * perThread);
        long sum = entries.stream().mapToLong(PointsEntry::getPoints).sum();
        assertThat(sum).isEqualTo(100L * threads * perThread);
        PointsAccount account = loyalty.account(member.getId()).orElseThrow();
        assertThat(account.getAvailablePoints()).isEqualTo(sum);
        assertThat(account.getAccumulatedPoints()).isEqualTo(sum);
        // each entry's balance follows from the one before: no two postings saw the same balance
        for (int i = 0; i < entries.size(); i++) {
            assertThat(entries.get(i).getAvailableAfter()).isEqualTo(100L * (i + 1));
        }
        // the 200th purchase reaches 20000 accumulated: exactly one upgrade to SILVER, by the last posting
        assertThat(loyalty.tierChanges(member.getId())).singleElement().satisfies(change -> {
            assertThat(change.getNewTier()).isEqualTo(MemberTier.SILVER);
            assertThat(change.getAccumulatedPoints()).isEqualTo(20000);
        });
    }

    @Test
    void aBonusIsPostedWithItsOwnRuleAndExpiry() {
        Customer member = fixtures.customer(MemberTier.GOLD);
        PointsEntry bonus = corrections.grant(member.getId(), "REFERRAL", "CUST-0004", "sales1").entry();

        assertThat(bonus.getEntryType()).isEqualTo(EntryType.BONUS);
        assertThat(bonus.getPoints()).isEqualTo(1000);
        assertThat(bonus.getRuleName()).startsWith("PointsBonus_");
        assertThat(bonus.getExpiresOn()).isEqualTo(LocalDate.now().plusYears(1));
        assertThat(bonus.getCreatedBy()).isEqualTo("sales1");
        assertThat(loyalty.account(member.getId()).orElseThrow().getAvailablePoints()).isEqualTo(1000);
    }

    // ---------------------------------------------------------------- helpers

    private ConsumptionResult consume(Customer member, String externalId, String amount, List<ConsumptionLine> lines) {
        return loyalty.consume(new NewConsumption(member.getId(), null, "POS", externalId, new BigDecimal(amount),
                ORDINARY_DAY, lines), Fixtures.ADMIN);
    }

    private HistoricProcessInstance process(ConsumptionResult result) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(result.processInstanceId())
                .singleResult();
    }

    static ConsumptionLine line(String category, String amount) {
        return new ConsumptionLine(category, new BigDecimal(amount));
    }

    static String newId() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
    }
}
