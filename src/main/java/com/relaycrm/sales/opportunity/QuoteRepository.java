package com.relaycrm.sales.opportunity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuoteRepository extends JpaRepository<Quote, Long> {

    Optional<Quote> findFirstByOpportunityIdOrderByVersionDesc(Long opportunityId);

    List<Quote> findByOpportunityIdOrderByVersion(Long opportunityId);
}
