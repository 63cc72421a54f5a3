package com.relaycrm.sales.opportunity.internal;

import com.relaycrm.sales.opportunity.SalesOrder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SalesOrderRepository extends JpaRepository<SalesOrder, Long> {

    Optional<SalesOrder> findByOpportunityId(Long opportunityId);

    List<SalesOrder> findByOpportunityIdIn(java.util.Collection<Long> opportunityIds);

    Optional<SalesOrder> findByLoanSettlementId(Long loanSettlementId);

    List<SalesOrder> findByCreatedAtAfterOrderById(Instant since);
}
