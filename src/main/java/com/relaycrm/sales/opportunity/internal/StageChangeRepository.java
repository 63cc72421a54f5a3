package com.relaycrm.sales.opportunity.internal;

import com.relaycrm.sales.opportunity.StageChange;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StageChangeRepository extends JpaRepository<StageChange, Long> {

    List<StageChange> findByOpportunityIdOrderById(Long opportunityId);

    /**
     * The customer page's timeline: stage changes of the customer's opportunities the viewer may see (all, or their
     * own) after the cursor, newest first; each row the change and its opportunity (read by the join, not looked up
     * again).
     */
    @org.springframework.data.jpa.repository.Query("select c, o from StageChange c, Opportunity o "
            + "where c.opportunityId = o.id and o.customerId = ?1 and (?2 = true or o.ownerId = ?3) "
            + "and (c.changedAt < ?4 or (c.changedAt = ?4 and c.id < ?5)) order by c.changedAt desc, c.id desc")
    List<Object[]> ofCustomer(Long customerId, boolean all, String ownerId, java.time.Instant at, long idBelow,
                              org.springframework.data.domain.Pageable limit);
}
