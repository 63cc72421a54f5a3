package com.relaycrm.sales.opportunity;

import com.relaycrm.common.Timeline;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerRecordPart;
import com.relaycrm.sales.opportunity.internal.OpportunityRepository;
import com.relaycrm.sales.opportunity.internal.QuoteRepository;
import com.relaycrm.sales.opportunity.internal.SalesOrderRepository;
import com.relaycrm.sales.opportunity.internal.StageChangeRepository;
import com.relaycrm.sales.opportunity.process.OpportunityProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer page's opportunities with their latest quote and their order, their creation and stage changes on the
 * timeline and their open tasks: managers see all of the customer's, a rep their own (as /api/sales/opportunities).
 */
@Component
@Transactional(readOnly = true)
class OpportunityCustomerPart implements CustomerRecordPart {

    /** An opportunity with its latest quote (null before the first) and its order (null until ordered). */
    record OpportunityLine(Opportunity opportunity, Quote latestQuote, SalesOrder order) {
    }

    private static final String KIND = "opportunity";
    private static final String STAGE_KIND = "opportunity-stage";
    private static final int LISTED = 100;

    private final OpportunityRepository opportunities;
    private final QuoteRepository quotes;
    private final SalesOrderRepository orders;
    private final StageChangeRepository stageChanges;

    OpportunityCustomerPart(OpportunityRepository opportunities, QuoteRepository quotes, SalesOrderRepository orders,
                            StageChangeRepository stageChanges) {
        this.opportunities = opportunities;
        this.quotes = quotes;
        this.orders = orders;
        this.stageChanges = stageChanges;
    }

    @Override
    public String name() {
        return "opportunities";
    }

    /** The listed opportunities with their latest quote and order; the open and dormant ones may have tasks open. */
    @Override
    public Section section(Customer customer, Viewer viewer) {
        List<Opportunity> listed = visible(customer, viewer, Timeline.Cursor.START, LISTED);
        if (listed.isEmpty()) {
            return Section.of(List.of());
        }
        // the latest quote and the order of every listed opportunity in two queries, not two per opportunity
        List<Long> ids = listed.stream().map(Opportunity::getId).toList();
        Map<Long, Quote> latestQuote = quotes.latestOf(ids).stream()
                .collect(Collectors.toMap(Quote::getOpportunityId, q -> q));
        Map<Long, SalesOrder> order = orders.findByOpportunityIdIn(ids).stream()
                .collect(Collectors.toMap(SalesOrder::getOpportunityId, o -> o));
        List<OpenRecord> open = listed.stream()
                .filter(o -> o.getStatus() == OpportunityStatus.OPEN || o.getStatus() == OpportunityStatus.DORMANT)
                .map(o -> new OpenRecord(OpportunityProcess.KEY, OpportunityProcess.businessKey(o.getId()),
                        title(o), link(o.getId())))
                .toList();
        return new Section(listed.stream()
                .map(o -> new OpportunityLine(o, latestQuote.get(o.getId()), order.get(o.getId()))).toList(), open);
    }

    /** The opened opportunities and their stage changes (阶段升迁), each kind read after the cursor with a limit. */
    @Override
    public List<Timeline.Entry> timeline(Customer customer, Viewer viewer, Timeline.Cursor after, int limit) {
        List<Timeline.Entry> entries = new ArrayList<>(visible(customer, viewer, after, limit).stream()
                .map(o -> new Timeline.Entry(o.getCreatedAt(), KIND, o.getId(), title(o), o.getStage().name(),
                        o.getOwnerId(), link(o.getId()))).toList());
        if (!viewer.inAny(OpportunityService.WORK)) {
            return entries;
        }
        for (Object[] row : stageChanges.ofCustomer(customer.getId(), viewer.inAny(OpportunityService.SEE_ALL),
                viewer.userId(), after.at(), after.idBelow(STAGE_KIND), PageRequest.of(0, limit))) {
            StageChange change = (StageChange) row[0];
            Opportunity opportunity = (Opportunity) row[1];
            String move = change.getFromStage() + " → " + change.getToStage();
            entries.add(new Timeline.Entry(change.getChangedAt(), STAGE_KIND, change.getId(), title(opportunity),
                    change.getNote() == null || change.getNote().isBlank() ? move : move + ": " + change.getNote(),
                    change.getActor(), link(opportunity.getId())));
        }
        return entries;
    }

    private static String title(Opportunity opportunity) {
        return OpportunityProcess.businessKey(opportunity.getId()) + " " + opportunity.getName();
    }

    private static String link(long id) {
        return "/records/opportunity.html?key=" + OpportunityProcess.businessKey(id);
    }

    private List<Opportunity> visible(Customer customer, Viewer viewer, Timeline.Cursor after, int limit) {
        if (!viewer.inAny(OpportunityService.WORK)) {
            return List.of();
        }
        return opportunities.ofCustomer(customer.getId(), viewer.inAny(OpportunityService.SEE_ALL), viewer.userId(),
                after.at(), after.idBelow(KIND), PageRequest.of(0, limit));
    }
}
