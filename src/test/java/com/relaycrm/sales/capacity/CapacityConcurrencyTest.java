package com.relaycrm.sales.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.sales.SalesFixtures;
import com.relaycrm.sales.lead.Lead;
import com.relaycrm.sales.lead.LeadCommands.NewLead;
import com.relaycrm.sales.lead.LeadService;
import com.relaycrm.sales.lead.LeadSource;
import com.relaycrm.sales.lead.LeadStatus;
import com.relaycrm.support.AllAtOnce;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.util.List;
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

        List<Boolean> results = AllAtOnce.run(THREADS * 2,
                () -> tx.execute(s -> capacity.tryTake(rep, ResourceType.OPPORTUNITY)));

        assertThat(results.stream().filter(Boolean::booleanValue).count()).isEqualTo(3);
        assertThat(capacity.holding(rep, ResourceType.OPPORTUNITY).held()).isEqualTo(3);
    }

    @Test
    void racingLeadAssignmentsGiveTheOnlyRepNoMoreThanTheMaximum() throws Exception {
        String department = sales.department();
        String rep = sales.rep(department, 2);

        List<Lead> created = AllAtOnce.run(THREADS, () -> leads.create(new NewLead("Race " + System.nanoTime(), null,
                LeadSource.EVENT, null, null, department, null, null), Fixtures.ADMIN));

        List<Lead> now = created.stream().map(l -> leads.lead(l.getId(), Fixtures.ADMIN)).toList();
        assertThat(now.stream().filter(l -> rep.equals(l.getOwnerId()))).hasSize(2);
        assertThat(now.stream().filter(l -> l.getStatus() == LeadStatus.IN_POOL)).hasSize(THREADS - 2);
        assertThat(capacity.holding(rep, ResourceType.LEAD).held()).isEqualTo(2);
    }
}
