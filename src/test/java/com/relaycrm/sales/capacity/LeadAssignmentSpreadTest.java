package com.relaycrm.sales.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.sales.SalesFixtures;
import com.relaycrm.sales.lead.Lead;
import com.relaycrm.sales.lead.LeadCommands.NewLead;
import com.relaycrm.sales.lead.LeadService;
import com.relaycrm.sales.lead.LeadSource;
import com.relaycrm.support.AllAtOnce;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assignments at the same time spread over the least loaded reps (equally loaded reps are tried in random order)
 * instead of all queueing on one rep's holding row; the less loaded rep is still always tried first, and each rep's
 * maximum still holds.
 */
@RelayIntegrationTest
class LeadAssignmentSpreadTest {

    @Autowired CapacityService capacity;
    @Autowired LeadService leads;
    @Autowired SalesFixtures sales;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void equallyLoadedRepsComeInVaryingOrderAndALessLoadedRepAlwaysFirst() {
        String department = sales.department();
        List<String> reps = List.of(sales.rep(department, 10), sales.rep(department, 10), sales.rep(department, 10));
        Set<String> firsts = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            List<String> candidates = capacity.candidates(department, null);
            assertThat(candidates).containsExactlyInAnyOrderElementsOf(reps);
            firsts.add(candidates.get(0));
        }
        assertThat(firsts).as("reps tried first among equally loaded ones").hasSizeGreaterThan(1);

        assertThat(capacity.tryTake(reps.get(0), ResourceType.LEAD)).isTrue();
        assertThat(capacity.tryTake(reps.get(1), ResourceType.LEAD)).isTrue();
        for (int i = 0; i < 20; i++) {
            assertThat(capacity.candidates(department, null)).first().isEqualTo(reps.get(2));
        }
    }

    @Test
    void racingAssignmentsSpreadOverEquallyLoadedRepsWithinTheirMaximum() throws Exception {
        String department = sales.department();
        // room for every lead on any one rep: ordered by id alone, all of them would queue on the first rep's row
        List<String> reps = List.of(sales.rep(department, 10), sales.rep(department, 10), sales.rep(department, 10),
                sales.rep(department, 10));
        int threads = 8;
        List<Lead> created = AllAtOnce.run(threads, () -> leads.create(new NewLead("Spread " + System.nanoTime(), null,
                LeadSource.EVENT, null, null, department, null, null), Fixtures.ADMIN));
        List<String> owners = new ArrayList<>();
        for (Lead lead : created) {
            owners.add(leads.lead(lead.getId(), Fixtures.ADMIN).getOwnerId());
        }
        Map<String, Long> perRep = owners.stream().collect(Collectors.groupingBy(o -> o, Collectors.counting()));
        assertThat(owners).as("every lead assigned").doesNotContainNull();
        assertThat(perRep.keySet()).as("reps given a lead").hasSizeGreaterThanOrEqualTo(2);
        for (String rep : reps) {
            int held = capacity.holding(rep, ResourceType.LEAD).held();
            assertThat(held).isLessThanOrEqualTo(10).isEqualTo(perRep.getOrDefault(rep, 0L).intValue());
        }
    }

    @Test
    void aRepWhoseRowAnotherAssignmentHoldsIsPassedOverWhileAnotherHasRoomAndWaitedForWhenNoneHas() throws Exception {
        String department = sales.department();
        String leastLoaded = sales.rep(department, 10);
        String other = sales.rep(department, 10);
        assertThat(capacity.tryTake(other, ResourceType.LEAD)).isTrue();
        assertThat(capacity.candidates(department, null)).containsExactly(leastLoaded, other);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            // another assignment holds the least loaded rep's row (its transaction still open)
            Future<?> holder = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                jdbc.queryForList("select held from resource_holding where user_id = ? and resource_type = 'LEAD' "
                        + "for update", leastLoaded);
                locked.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            // not queued behind it: the next rep with room is taken at once
            Future<java.util.Optional<String>> taken = pool.submit(() -> new TransactionTemplate(transactions)
                    .execute(tx -> capacity.takeFirstWithRoom(List.of(leastLoaded, other), ResourceType.LEAD)));
            assertThat(taken.get(30, TimeUnit.SECONDS)).contains(other);
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
            assertThat(capacity.holding(other, ResourceType.LEAD).held()).isEqualTo(2);

            // when the only rep with room is held, the take waits for it and still respects the maximum
            capacity.setMaximum(other, ResourceType.LEAD, 2);
            capacity.setMaximum(leastLoaded, ResourceType.LEAD, 1);
            CountDownLatch lockedAgain = new CountDownLatch(1);
            CountDownLatch releaseAgain = new CountDownLatch(1);
            Future<?> holderAgain = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                capacity.tryTake(leastLoaded, ResourceType.LEAD);
                lockedAgain.countDown();
                try {
                    releaseAgain.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(lockedAgain.await(30, TimeUnit.SECONDS)).isTrue();
            Future<java.util.Optional<String>> waiting = pool.submit(() -> new TransactionTemplate(transactions)
                    .execute(tx -> capacity.takeFirstWithRoom(List.of(leastLoaded, other), ResourceType.LEAD)));
            releaseAgain.countDown();
            holderAgain.get(30, TimeUnit.SECONDS);
            assertThat(waiting.get(30, TimeUnit.SECONDS)).as("both reps full once the holder took the last place")
                    .isEmpty();
            assertThat(capacity.holding(leastLoaded, ResourceType.LEAD).held()).isEqualTo(1);
            assertThat(capacity.holding(other, ResourceType.LEAD).held()).isEqualTo(2);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
