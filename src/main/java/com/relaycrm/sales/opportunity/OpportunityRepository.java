package com.relaycrm.sales.opportunity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OpportunityRepository extends JpaRepository<Opportunity, Long> {

    List<Opportunity> findByOwnerIdOrderByIdDesc(String ownerId);

    List<Opportunity> findAllByOrderByIdDesc();
}
