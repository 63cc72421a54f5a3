package com.relaycrm.sales.opportunity.internal;

import com.relaycrm.sales.opportunity.Quote;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuoteRepository extends JpaRepository<Quote, Long> {

    Optional<Quote> findFirstByOpportunityIdOrderByVersionDesc(Long opportunityId);

    List<Quote> findByOpportunityIdOrderByVersion(Long opportunityId);

    /** The latest version of each opportunity's quote, for a list of opportunities in one query. */
    @org.springframework.data.jpa.repository.Query("select q from Quote q where q.opportunityId in :ids and q.version = "
            + "(select max(l.version) from Quote l where l.opportunityId = q.opportunityId)")
    List<Quote> latestOf(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);
}
