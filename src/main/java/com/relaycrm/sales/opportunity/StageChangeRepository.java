package com.relaycrm.sales.opportunity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StageChangeRepository extends JpaRepository<StageChange, Long> {

    List<StageChange> findByOpportunityIdOrderById(Long opportunityId);
}
