package com.relaycrm.sales.opportunity;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewQuote;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewQuoteLine;
import com.relaycrm.sales.opportunity.internal.QuoteRepository;
import com.relaycrm.sales.opportunity.internal.SalesOrderRepository;
import com.relaycrm.sales.pricing.Price;
import com.relaycrm.sales.pricing.PricingService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versioned quotes (报价单) and the order (订单) a won opportunity produces. Every line is priced by the pricing
 * table; a rep may offer less, and a discount below the table's price beyond the category's limit makes the quote
 * wait for a sales manager's approval (asked by the opportunity process before the next promotion).
 */
@Service
@Transactional
public class QuoteService {

    private final QuoteRepository quotes;
    private final SalesOrderRepository orders;
    private final OpportunityService opportunities;
    private final CustomerService customers;
    private final PricingService pricing;

    QuoteService(QuoteRepository quotes, SalesOrderRepository orders, OpportunityService opportunities,
                 CustomerService customers, PricingService pricing) {
        this.quotes = quotes;
        this.orders = orders;
        this.opportunities = opportunities;
        this.customers = customers;
        this.pricing = pricing;
    }

    /** A new version of the opportunity's quote, by its owner or a manager, while the opportunity is open. */
    public Quote create(long opportunityId, NewQuote command, Viewer viewer) {
        Opportunity opportunity = opportunities.opportunity(opportunityId, viewer);
        if (!opportunity.isOpen()) {
            throw new InvalidInputException("opportunityId", "opportunity " + opportunityId + " is closed");
        }
        String customerCode = customers.customer(opportunity.getCustomerId()).getCode();
        List<QuoteLine> lines = new ArrayList<>();
        boolean approvalNeeded = false;
        for (int i = 0; i < command.lines().size(); i++) {
            NewQuoteLine line = command.lines().get(i);
            String field = "lines[" + i + "]";
            Price price = pricing.price(field, line.productCode(), line.quantity(), customerCode, opportunity.getOwnerId());
            BigDecimal offered = line.unitPrice() == null ? price.unitPrice() : line.unitPrice().setScale(2, RoundingMode.HALF_UP);
            if (offered.compareTo(price.unitPrice()) > 0) {
                throw new InvalidInputException(field + ".unitPrice", "is above the price list's " + price.unitPrice());
            }
            BigDecimal discount = price.unitPrice().signum() == 0 ? BigDecimal.ZERO
                    : price.unitPrice().subtract(offered).multiply(BigDecimal.valueOf(100))
                            .divide(price.unitPrice(), 2, RoundingMode.HALF_UP);
            approvalNeeded |= discount.compareTo(price.discountLimitPercent()) > 0;
            lines.add(new QuoteLine(price.productCode(), line.quantity(), price.unitPrice(), offered, discount,
                    price.priceList() + " " + price.rule()));
        }
        int version = quotes.findFirstByOpportunityIdOrderByVersionDesc(opportunityId).map(Quote::getVersion).orElse(0) + 1;
        Quote quote = quotes.save(new Quote(opportunityId, version, lines, approvalNeeded, viewer.userId()));
        opportunities.get(opportunityId).touched();
        return quote;
    }

    @Transactional(readOnly = true)
    public List<Quote> quotes(long opportunityId, Viewer viewer) {
        return quotes.findByOpportunityIdOrderByVersion(opportunities.opportunity(opportunityId, viewer).getId());
    }

    @Transactional(readOnly = true)
    public Optional<SalesOrder> order(long opportunityId, Viewer viewer) {
        return orders.findByOpportunityId(opportunities.opportunity(opportunityId, viewer).getId());
    }

    // ---- for the process ----

    Optional<Quote> latest(long opportunityId) {
        return quotes.findFirstByOpportunityIdOrderByVersionDesc(opportunityId);
    }

    void approveLatest(long opportunityId, String userId) {
        latest(opportunityId).ifPresent(quote -> quote.approve(userId));
    }

    /** The order of the won opportunity this stage process works on. */
    public SalesOrder createOrderForProcess(String processInstanceId) {
        Opportunity opportunity = opportunities.ofProcess(processInstanceId);
        if (opportunity.getStatus() != OpportunityStatus.WON) {
            throw new InvalidInputException("opportunityId", "opportunity " + opportunity.getId() + " is not won");
        }
        return createOrder(opportunity.getId());
    }

    /** The order of a won opportunity, from its latest quote; once only. */
    SalesOrder createOrder(long opportunityId) {
        Optional<SalesOrder> existing = orders.findByOpportunityId(opportunityId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Opportunity opportunity = opportunities.get(opportunityId);
        Quote quote = latest(opportunityId).orElseThrow(() -> new InvalidInputException("opportunityId",
                "opportunity " + opportunityId + " has no quote to order from"));
        List<OrderLine> lines = quote.getLines().stream().map(l -> new OrderLine(l.getProductCode(), l.getQuantity(),
                l.getUnitPrice(), l.getPriceRule())).toList();
        return orders.save(new SalesOrder(opportunityId, quote.getId(), opportunity.getCustomerId(),
                opportunity.getOwnerId(), lines));
    }
}
