package com.relaycrm.sales.opportunity.internal;

import com.relaycrm.sales.opportunity.StageChange;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StageChangeRepository extends JpaRepository<StageChange, Long> {

    List<StageChange> findByOpportunityIdOrderById(Long opportunityId);

    /**
     * The customer page's timeline: stage changes of the customer's opportunities the viewer may see (all, or their
     * own) after the cursor, newest first.
     */
    @org.springframework.data.jpa.repository.Query("select c from StageChange c, Opportunity o "
            + "where c.opportunityId = o.id and o.customerId = ?1 and (?2 = true or o.ownerId = ?3) "
            + "and (c.changedAt < ?4 or (c.changedAt = ?4 and c.id < ?5)) order by c.changedAt desc, c.id desc")
    List<StageChange> ofCustomer(Long customerId, boolean all, String ownerId, java.time.Instant at, long idBelow,
                                 org.springframework.data.domain.Pageable limit);
}
