package com.relaycrm.sales.opportunity;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OpportunityRepository extends JpaRepository<Opportunity, Long> {

    Page<Opportunity> findByOwnerIdOrderByIdDesc(String ownerId, Pageable page);

    Page<Opportunity> findAllByOrderByIdDesc(Pageable page);

    java.util.Optional<Opportunity> findByProcessInstanceId(String processInstanceId);

    List<Opportunity> findByStatusAndLastActivityAtBefore(OpportunityStatus status, java.time.Instant cutoff);

    @org.springframework.data.jpa.repository.Query(
            "select distinct o.customerId from Opportunity o where o.lastActivityAt >= ?1")
    java.util.Set<Long> customersWithActivitySince(java.time.Instant since);
}
