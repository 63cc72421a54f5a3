package com.relaycrm.sales.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.sales.SalesFixtures;
import com.relaycrm.sales.lead.Lead;
import com.relaycrm.sales.lead.LeadCommands.NewLead;
import com.relaycrm.sales.lead.LeadService;
import com.relaycrm.sales.lead.LeadSource;
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
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Lead>> created = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                created.add(pool.submit(() -> {
                    start.await();
                    return leads.create(new NewLead("Spread " + System.nanoTime(), null, LeadSource.EVENT, null,
                            null, department, null, null), Fixtures.ADMIN);
                }));
            }
            start.countDown();
            List<String> owners = new ArrayList<>();
            for (Future<Lead> lead : created) {
                owners.add(leads.lead(lead.get(120, TimeUnit.SECONDS).getId(), Fixtures.ADMIN).getOwnerId());
            }
            Map<String, Long> perRep = owners.stream().collect(Collectors.groupingBy(o -> o, Collectors.counting()));
            assertThat(owners).as("every lead assigned").doesNotContainNull();
            assertThat(perRep.keySet()).as("reps given a lead").hasSizeGreaterThanOrEqualTo(2);
            for (String rep : reps) {
                int held = capacity.holding(rep, ResourceType.LEAD).held();
                assertThat(held).isLessThanOrEqualTo(10).isEqualTo(perRep.getOrDefault(rep, 0L).intValue());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
