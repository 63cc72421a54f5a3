package com.relaycrm.sales.opportunity;

import com.relaycrm.common.Timeline;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerRecordPart;
import com.relaycrm.sales.opportunity.internal.OpportunityRepository;
import com.relaycrm.sales.opportunity.internal.QuoteRepository;
import com.relaycrm.sales.opportunity.internal.SalesOrderRepository;
import com.relaycrm.sales.opportunity.process.OpportunityProcess;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer page's opportunities with their latest quote and their order: managers see all of the customer's,
 * a rep their own (as /api/sales/opportunities).
 */
@Component
@Transactional(readOnly = true)
class OpportunityCustomerPart implements CustomerRecordPart {

    /** An opportunity with its latest quote (null before the first) and its order (null until ordered). */
    record OpportunityLine(Opportunity opportunity, Quote latestQuote, SalesOrder order) {
    }

    private static final String KIND = "opportunity";
    private static final int LISTED = 100;

    private final OpportunityRepository opportunities;
    private final QuoteRepository quotes;
    private final SalesOrderRepository orders;

    OpportunityCustomerPart(OpportunityRepository opportunities, QuoteRepository quotes, SalesOrderRepository orders) {
        this.opportunities = opportunities;
        this.quotes = quotes;
        this.orders = orders;
    }

    @Override
    public String name() {
        return "opportunities";
    }

    @Override
    public Object part(Customer customer, Viewer viewer) {
        List<Opportunity> listed = visible(customer, viewer, Timeline.Cursor.START, LISTED);
        if (listed.isEmpty()) {
            return List.of();
        }
        // the latest quote and the order of every listed opportunity in two queries, not two per opportunity
        List<Long> ids = listed.stream().map(Opportunity::getId).toList();
        java.util.Map<Long, Quote> latestQuote = quotes.latestOf(ids).stream()
                .collect(java.util.stream.Collectors.toMap(Quote::getOpportunityId, q -> q));
        java.util.Map<Long, SalesOrder> order = orders.findByOpportunityIdIn(ids).stream()
                .collect(java.util.stream.Collectors.toMap(SalesOrder::getOpportunityId, o -> o));
        return listed.stream().map(o -> new OpportunityLine(o, latestQuote.get(o.getId()), order.get(o.getId())))
                .toList();
    }

    @Override
    public List<Timeline.Entry> timeline(Customer customer, Viewer viewer, Timeline.Cursor after, int limit) {
        return visible(customer, viewer, after, limit).stream().map(o -> new Timeline.Entry(o.getCreatedAt(), KIND,
                o.getId(), OpportunityProcess.businessKey(o.getId()) + " " + o.getName(), o.getStage().name(),
                o.getOwnerId(), "/records/opportunity.html?key=" + OpportunityProcess.businessKey(o.getId())))
                .toList();
    }

    private List<Opportunity> visible(Customer customer, Viewer viewer, Timeline.Cursor after, int limit) {
        if (!viewer.inAny(OpportunityService.WORK)) {
            return List.of();
        }
        return opportunities.ofCustomer(customer.getId(), viewer.inAny(OpportunityService.SEE_ALL), viewer.userId(),
                after.at(), after.idBelow(KIND), PageRequest.of(0, limit));
    }
}
