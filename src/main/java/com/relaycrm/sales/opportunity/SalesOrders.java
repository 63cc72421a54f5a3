package com.relaycrm.sales.opportunity;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.NotFoundException;
import com.relaycrm.common.Viewer;
import com.relaycrm.sales.opportunity.internal.SalesOrderRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders (订单) for the other business areas: a loan's items converted to a sale become an order, and follow-up
 * service plans are planned after every order. (A won opportunity's order is made by {@link QuoteService}.)
 */
@Service
@Transactional
public class SalesOrders {

    private final SalesOrderRepository orders;

    SalesOrders(SalesOrderRepository orders) {
        this.orders = orders;
    }

    /** A priced line: catalogue product, quantity, unit price and the pricing rule that gave it. */
    public record Line(String productCode, int quantity, BigDecimal unitPrice, String priceRule) {
    }

    /** The order of loaned items converted to a sale; once per settlement. */
    public SalesOrder fromLoanSale(long loanSettlementId, long customerId, String ownerId, List<Line> lines) {
        if (lines.isEmpty()) {
            throw new InvalidInputException("lines", "an order needs at least one catalogue product");
        }
        return orders.findByLoanSettlementId(loanSettlementId).orElseGet(() -> orders.save(SalesOrder.fromLoanSale(
                loanSettlementId, customerId, ownerId, lines.stream().map(l -> new OrderLine(l.productCode(),
                        l.quantity(), l.unitPrice(), l.priceRule())).toList())));
    }

    /** An order as a person may see it: managers who see every opportunity, and the order's owner. */
    @Transactional(readOnly = true)
    public SalesOrder order(long id, Viewer viewer) {
        return orders.findById(id)
                .filter(order -> viewer.inAny(OpportunityService.SEE_ALL) || viewer.userId().equals(order.getOwnerId()))
                .orElseThrow(() -> new NotFoundException("Order", id));
    }

    @Transactional(readOnly = true)
    public List<SalesOrder> createdSince(Instant since) {
        return orders.findByCreatedAtAfterOrderById(since);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<SalesOrder> ofLoanSettlement(long loanSettlementId) {
        return orders.findByLoanSettlementId(loanSettlementId);
    }
}
