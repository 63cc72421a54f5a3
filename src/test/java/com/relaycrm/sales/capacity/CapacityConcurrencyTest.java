package com.relaycrm.sales.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.sales.SalesFixtures;
import com.relaycrm.sales.lead.Lead;
import com.relaycrm.sales.lead.LeadCommands.NewLead;
import com.relaycrm.sales.lead.LeadService;
import com.relaycrm.sales.lead.LeadSource;
import com.relaycrm.sales.lead.LeadStatus;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Threads racing for the last places of one rep never take more than the rep's maximum (the holding row is locked),
 * on H2 and on PostgreSQL; neither do lead assignments racing for one rep.
 */
@RelayIntegrationTest
class CapacityConcurrencyTest {

    private static final int THREADS = 8;

    @Autowired CapacityService capacity;
    @Autowired LeadService leads;
    @Autowired SalesFixtures sales;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void racingTakesNeverExceedTheMaximum() throws Exception {
        String rep = sales.rep(sales.department(), 0);
        capacity.setMaximum(rep, ResourceType.OPPORTUNITY, 3);
        TransactionTemplate tx = new TransactionTemplate(transactions);

        List<Boolean> results = race(THREADS * 2, () -> tx.execute(s -> capacity.tryTake(rep, ResourceType.OPPORTUNITY)));

        assertThat(results.stream().filter(Boolean::booleanValue).count()).isEqualTo(3);
        assertThat(capacity.holding(rep, ResourceType.OPPORTUNITY).held()).isEqualTo(3);
    }

    @Test
    void racingLeadAssignmentsGiveTheOnlyRepNoMoreThanTheMaximum() throws Exception {
        String department = sales.department();
        String rep = sales.rep(department, 2);

        List<Lead> created = race(THREADS, () -> leads.create(new NewLead("Race " + System.nanoTime(), null,
                LeadSource.EVENT, null, null, department, null, null), Fixtures.ADMIN));

        List<Lead> now = created.stream().map(l -> leads.lead(l.getId(), Fixtures.ADMIN)).toList();
        assertThat(now.stream().filter(l -> rep.equals(l.getOwnerId()))).hasSize(2);
        assertThat(now.stream().filter(l -> l.getStatus() == LeadStatus.IN_POOL)).hasSize(THREADS - 2);
        assertThat(capacity.holding(rep, ResourceType.LEAD).held()).isEqualTo(2);
    }

    /** Runs the call on as many threads at once, released together; all must finish. */
    private static <T> List<T> race(int threads, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
