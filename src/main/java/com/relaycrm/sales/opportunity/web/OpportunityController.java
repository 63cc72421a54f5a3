package com.relaycrm.sales.opportunity.web;

import com.relaycrm.common.Idempotency;
import com.relaycrm.common.Paging;
import com.relaycrm.process.OpenTasks;
import com.relaycrm.process.RecordView;
import com.relaycrm.sales.opportunity.Funnel;
import com.relaycrm.sales.opportunity.FunnelService;
import com.relaycrm.sales.opportunity.Opportunity;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewOpportunity;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewQuote;
import com.relaycrm.sales.opportunity.OpportunityService;
import com.relaycrm.sales.opportunity.Quote;
import com.relaycrm.sales.opportunity.QuoteService;
import com.relaycrm.sales.opportunity.SalesOrder;
import com.relaycrm.sales.opportunity.StageChange;
import com.relaycrm.sales.opportunity.process.OpportunityProcess;
import com.relaycrm.security.CurrentUser;
import com.relaycrm.web.CreatedAnswer;
import com.relaycrm.web.PagedList;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/sales")
class OpportunityController {

    private final OpportunityService opportunities;
    private final QuoteService quotes;
    private final FunnelService funnel;
    private final CurrentUser currentUser;
    private final OpenTasks openTasks;

    /** The opportunity page's record: stage history with milestones, quotes by version, approvals and the order. */
    record OpportunityRecord(Opportunity opportunity, List<StageChange> stages, List<Quote> quotes, SalesOrder order) {
    }

    OpportunityController(OpportunityService opportunities, QuoteService quotes, FunnelService funnel,
                          CurrentUser currentUser, OpenTasks openTasks) {
        this.openTasks = openTasks;
        this.opportunities = opportunities;
        this.quotes = quotes;
        this.funnel = funnel;
        this.currentUser = currentUser;
    }

    /**
     * Opens an opportunity: 201 with it. A client that may retry sends an {@code Idempotency-Key} header (a UUID per
     * opportunity): a retry with the same key and body answers the opportunity opened first (201, the same id, header
     * {@code Idempotent-Replayed: true}) and opens nothing; the same key with another body is refused with 422.
     */
    @PostMapping("/opportunities")
    ResponseEntity<Opportunity> open(@Valid @RequestBody NewOpportunity command,
                                     @RequestHeader(name = Idempotency.HEADER, required = false) String idempotencyKey) {
        return CreatedAnswer.of(opportunities.open(command, currentUser.viewer(), idempotencyKey));
    }

    @GetMapping("/opportunities")
    ResponseEntity<List<Opportunity>> list(@RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return PagedList.of(opportunities.visibleTo(currentUser.viewer(), Paging.of(page, size)));
    }

    /** The opportunity page (/records/opportunity.html?key=OPP-…), with the open tasks. */
    @GetMapping("/opportunities/record/{key}")
    RecordView<OpportunityRecord> record(@PathVariable String key) {
        long id = OpportunityProcess.idOf(key);
        Opportunity opportunity = opportunities.opportunity(id, currentUser.viewer());
        return new RecordView<>("opportunity", key, new OpportunityRecord(opportunity,
                opportunities.history(id, currentUser.viewer()), quotes.quotes(id, currentUser.viewer()),
                quotes.order(id, currentUser.viewer()).orElse(null)),
                openTasks.of(key, OpportunityProcess.KEY));
    }

    @GetMapping("/opportunities/{id}")
    Opportunity opportunity(@PathVariable long id) {
        return opportunities.opportunity(id, currentUser.viewer());
    }

    @GetMapping("/opportunities/{id}/stages")
    List<StageChange> stages(@PathVariable long id) {
        return opportunities.history(id, currentUser.viewer());
    }

    @PostMapping("/opportunities/{id}/quotes")
    @ResponseStatus(HttpStatus.CREATED)
    Quote quote(@PathVariable long id, @Valid @RequestBody NewQuote command) {
        return quotes.create(id, command, currentUser.viewer());
    }

    @GetMapping("/opportunities/{id}/quotes")
    List<Quote> quotes(@PathVariable long id) {
        return quotes.quotes(id, currentUser.viewer());
    }

    @GetMapping("/opportunities/{id}/order")
    ResponseEntity<SalesOrder> order(@PathVariable long id) {
        return ResponseEntity.of(quotes.order(id, currentUser.viewer()));
    }

    /** Funnel and weighted forecast: by=stage|owner|department|month, optional expected-close period. */
    @GetMapping("/funnel")
    Funnel funnel(@RequestParam(defaultValue = "stage") String by,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        FunnelService.GroupBy groupBy;
        try {
            groupBy = FunnelService.GroupBy.valueOf(by.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new com.relaycrm.common.InvalidInputException("by", "'" + by + "' is not stage, owner, department or month");
        }
        return funnel.funnel(groupBy, from, to, currentUser.viewer());
    }
}
