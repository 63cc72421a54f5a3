package com.relaycrm.sales;

import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.sales.capacity.CapacityService;
import com.relaycrm.sales.capacity.ResourceType;
import com.relaycrm.sales.opportunity.OpportunityService;
import java.time.Instant;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recycling (回收) of customers and opportunities nobody touched for {@code relay.sales.untouched-recycle-after}:
 * an open opportunity goes to the sales managers' pool (its owner's place is freed); a customer owned by a sales rep
 * with no opportunity or order activity in that period loses its owner (and the rep the place). Runs with the lead
 * sweep on {@code relay.sales.recycling-sweep-interval}.
 */
@Component
public class UntouchedRecyclingSweep {

    private static final Logger log = LoggerFactory.getLogger(UntouchedRecyclingSweep.class);

    private final OpportunityService opportunities;
    private final CustomerService customers;
    private final CapacityService capacity;
    private final SalesProperties properties;

    UntouchedRecyclingSweep(OpportunityService opportunities, CustomerService customers, CapacityService capacity,
                            SalesProperties properties) {
        this.opportunities = opportunities;
        this.customers = customers;
        this.capacity = capacity;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${relay.sales.recycling-sweep-interval}",
            initialDelayString = "${relay.sales.recycling-sweep-interval}")
    @SchedulerLock(name = "untouched-recycling-sweep",
            lockAtMostFor = "${relay.scheduling.untouched-recycling-sweep.lock-at-most-for}",
            lockAtLeastFor = "${relay.scheduling.untouched-recycling-sweep.lock-at-least-for}")
    void scheduled() {
        Result result = sweep(Instant.now());
        if (result.opportunities() + result.customers() > 0) {
            log.info("Recycling sweep: {} untouched opportunities, {} untouched customers", result.opportunities(),
                    result.customers());
        }
    }

    public record Result(int opportunities, int customers) {
    }

    /** Recycles what was untouched for the configured period before {@code now}. */
    @Transactional
    public Result sweep(Instant now) {
        Instant cutoff = now.minus(properties.untouchedRecycleAfter());
        int recycledOpportunities = opportunities.recycleUntouched(cutoff);
        Set<Long> active = opportunities.customersWithActivitySince(cutoff);
        int recycledCustomers = 0;
        for (Customer customer : customers.ownedCreatedBefore(cutoff)) {
            if (active.contains(customer.getId()) || !capacity.isRep(customer.getOwnerId())) {
                continue;
            }
            capacity.giveBack(customer.getOwnerId(), ResourceType.CUSTOMER);
            customers.releaseOwner(customer.getId());
            recycledCustomers++;
        }
        return new Result(recycledOpportunities, recycledCustomers);
    }
}
