package com.relaycrm.sales.opportunity.internal;

import com.relaycrm.sales.opportunity.StageChange;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StageChangeRepository extends JpaRepository<StageChange, Long> {

    List<StageChange> findByOpportunityIdOrderById(Long opportunityId);
}
