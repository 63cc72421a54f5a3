package com.relaycrm.sales.opportunity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SalesOrderRepository extends JpaRepository<SalesOrder, Long> {

    Optional<SalesOrder> findByOpportunityId(Long opportunityId);
}
