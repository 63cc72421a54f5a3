package com.relaycrm.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.customer.Customer;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.loyalty.LoyaltyCommands.NewConsumption;
import com.relaycrm.loyalty.LoyaltyCommands.NewRedemption;
import com.relaycrm.loyalty.internal.PointsExpiryService;
import com.relaycrm.loyalty.process.PointsExpiryProcess;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.ProcessDriver;
import com.relaycrm.support.RelayIntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The timer-started {@code points-expiry} sweep: expired points leave with an EXPIRY entry, once. */
@RelayIntegrationTest
class PointsExpiryProcessTest {

    @Autowired ProcessDriver driver;
    @Autowired HistoryService historyService;
    @Autowired LoyaltyService loyalty;
    @Autowired RedemptionService redemptions;
    @Autowired Fixtures fixtures;
    @Autowired PointsExpiryService expiryService;

    @Test
    void theSweepRunsOnTheConfiguredCycle() {
        Job timer = sweepTimer();
        // relay.loyalty.expiry-sweep-cycle: R/P1D
        assertThat(Duration.between(Instant.now(), timer.getDuedate().toInstant()))
                .isPositive().isLessThanOrEqualTo(Duration.ofDays(1));
    }

    @Test
    void expiredPointsLeaveWithAnExpiryEntryAfterWhatWasSpentAndOnlyOnce() {
        Customer member = fixtures.customer(MemberTier.STANDARD);
        purchase(member, "2024-03-01T10:00:00Z", "1000.00"); // 1000 points, valid until 2025-12-31
        purchase(member, "2026-06-15T10:00:00Z", "500.00");  // 500 points, valid until 2027-12-31
        redemptions.request(new NewRedemption(member.getId(), "Umbrella", 300L), Fixtures.SERVICE1); // oldest first
        assertThat(loyalty.entries(member.getId()).get(0).getExpiresOn()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(expiryService.membersToSweep(LocalDate.now())).contains(member.getId());

        HistoricProcessInstance sweep = runSweep();

        assertThat(sweep.getEndActivityId()).isEqualTo("ExpiredPointsCleared");
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(sweep.getId())
                .activityId("WarnExpiringPoints").finished().count()).as("members warned after the sweep").isOne();
        List<PointsEntry> entries = loyalty.entries(member.getId());
        PointsEntry expiry = entries.get(entries.size() - 1);
        assertThat(expiry.getEntryType()).isEqualTo(EntryType.EXPIRY);
        assertThat(expiry.getPoints()).isEqualTo(-700); // 1000 expired, 300 of them already spent
        assertThat(expiry.getAvailableAfter()).isEqualTo(500);
        assertThat(expiry.getAccumulatedAfter()).isEqualTo(1500);
        assertThat(expiry.getSourceType()).isEqualTo("EXPIRY");
        assertThat(expiry.getCreatedBy()).isEqualTo("system");
        assertThat(loyalty.account(member.getId()).orElseThrow().getAvailablePoints()).isEqualTo(500);

        assertThat(expiryService.membersToSweep(LocalDate.now()))
                .as("a member already swept is not asked again").doesNotContain(member.getId());
        runSweep();

        assertThat(loyalty.entries(member.getId())).hasSize(entries.size());
        assertThat(loyalty.account(member.getId()).orElseThrow().getAvailablePoints()).isEqualTo(500);
    }

    @Test
    void pointsNotYetExpiredStay() {
        Customer member = fixtures.customer(MemberTier.GOLD);
        purchase(member, "2026-06-15T10:00:00Z", "200.00"); // 300 points, valid until 2027-12-31

        assertThat(expiryService.membersToSweep(LocalDate.now())).doesNotContain(member.getId());
        runSweep();

        assertThat(loyalty.entries(member.getId())).extracting(PointsEntry::getEntryType)
                .containsExactly(EntryType.ACCRUAL);
        assertThat(loyalty.account(member.getId()).orElseThrow().getAvailablePoints()).isEqualTo(300);
    }

    private void purchase(Customer member, String at, String amount) {
        loyalty.consume(new NewConsumption(member.getId(), null, "ORDER", ConsumptionPointsProcessTest.newId(),
                new BigDecimal(amount), Instant.parse(at),
                List.of(ConsumptionPointsProcessTest.line("OTHER", amount))), Fixtures.ADMIN);
    }

    private Job sweepTimer() {
        return driver.startTimer(PointsExpiryProcess.KEY, PointsExpiryProcess.Timers.SWEEP_DUE);
    }

    /** Fires the sweep's timer as the job executor would and returns the sweep it started. */
    private HistoricProcessInstance runSweep() {
        Instant before = Instant.now().minusSeconds(1);
        driver.fireStartTimer(PointsExpiryProcess.KEY, PointsExpiryProcess.Timers.SWEEP_DUE);
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PointsExpiryProcess.KEY)
                .startedAfter(java.util.Date.from(before)).orderByProcessInstanceStartTime().desc().list().get(0);
    }
}
