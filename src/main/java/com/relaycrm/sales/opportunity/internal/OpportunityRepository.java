package com.relaycrm.sales.opportunity.internal;

import com.relaycrm.sales.opportunity.Opportunity;
import com.relaycrm.sales.opportunity.OpportunityStatus;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OpportunityRepository extends JpaRepository<Opportunity, Long> {

    /** Opportunities whose name contains the pattern or whose id is the given one: all, or only the owner's. */
    @org.springframework.data.jpa.repository.Query("select o from Opportunity o where (?2 = true or o.ownerId = ?3) "
            + "and (lower(o.name) like ?1 escape '\\' or o.id = ?4) order by o.id desc")
    java.util.List<Opportunity> search(String pattern, boolean all, String ownerId, long id,
                                       org.springframework.data.domain.Pageable limit);

    /** A customer's opportunities after a timeline position, newest first: all, or only the owner's. */
    @org.springframework.data.jpa.repository.Query("select o from Opportunity o where o.customerId = ?1 and "
            + "(?2 = true or o.ownerId = ?3) and (o.createdAt < ?4 or (o.createdAt = ?4 and o.id < ?5)) "
            + "order by o.createdAt desc, o.id desc")
    java.util.List<Opportunity> ofCustomer(Long customerId, boolean all, String ownerId, java.time.Instant at, long idBelow, org.springframework.data.domain.Pageable limit);

    Page<Opportunity> findByOwnerIdOrderByIdDesc(String ownerId, Pageable page);

    Page<Opportunity> findAllByOrderByIdDesc(Pageable page);

    java.util.Optional<Opportunity> findByProcessInstanceId(String processInstanceId);

    java.util.Optional<Opportunity> findByCreatedByAndIdempotentEntryIdempotencyKey(String createdBy,
                                                                                   String idempotencyKey);

    List<Opportunity> findByStatusAndLastActivityAtBefore(OpportunityStatus status, java.time.Instant cutoff);

    @org.springframework.data.jpa.repository.Query(
            "select distinct o.customerId from Opportunity o where o.lastActivityAt >= ?1")
    java.util.Set<Long> customersWithActivitySince(java.time.Instant since);
}
