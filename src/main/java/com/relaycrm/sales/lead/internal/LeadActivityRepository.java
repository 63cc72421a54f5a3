package com.relaycrm.sales.lead.internal;

import com.relaycrm.sales.lead.LeadActivity;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadActivityRepository extends JpaRepository<LeadActivity, Long> {

    List<LeadActivity> findByLeadIdOrderById(Long leadId);

    /**
     * The customer page's timeline: activities of the customer's leads the viewer may see (all, or those they hold
     * and those in the public pool, as LeadService.lead) after the cursor, newest first; each row the activity and
     * its lead (read by the join, not looked up again).
     */
    @org.springframework.data.jpa.repository.Query("select a, l from LeadActivity a, Lead l where a.leadId = l.id "
            + "and l.customerId = ?1 and (?2 = true or l.ownerId = ?3 or (l.pool = com.relaycrm.sales.lead.LeadPool.PUBLIC "
            + "and l.status = com.relaycrm.sales.lead.LeadStatus.IN_POOL)) "
            + "and (a.occurredAt < ?4 or (a.occurredAt = ?4 and a.id < ?5)) order by a.occurredAt desc, a.id desc")
    List<Object[]> ofCustomer(Long customerId, boolean all, String ownerId, java.time.Instant at, long idBelow,
                              org.springframework.data.domain.Pageable limit);
}
