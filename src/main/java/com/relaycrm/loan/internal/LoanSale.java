package com.relaycrm.loan.internal;

import com.relaycrm.customer.CustomerService;
import com.relaycrm.loan.Loan;
import com.relaycrm.loan.LoanItem;
import com.relaycrm.loan.LoanSettlement;
import com.relaycrm.loan.SettlementLine;
import com.relaycrm.sales.opportunity.SalesOrders;
import com.relaycrm.sales.pricing.Price;
import com.relaycrm.sales.pricing.PricingService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.springframework.stereotype.Component;

/**
 * Sells loaned items (转销售) like any sale: an item naming a catalogue product (its code, e.g. IP500) is priced by
 * the sales pricing table for the loan's customer and owner (customer list, salesperson list, category and volume
 * discounts, standard price) and goes on an order; an item outside the catalogue (a prototype, a used machine)
 * keeps the unit price entered with the loan and stays on the settlement only.
 */
@Component
public class LoanSale {

    private final PricingService pricing;
    private final SalesOrders orders;
    private final CustomerService customers;

    LoanSale(PricingService pricing, SalesOrders orders, CustomerService customers) {
        this.pricing = pricing;
        this.orders = orders;
        this.customers = customers;
    }

    /** Prices the settlement's lines, makes the order of the catalogue ones, and returns the total. */
    public BigDecimal sell(Loan loan, LoanSettlement settlement, LongFunction<LoanItem> items) {
        String customerCode = customers.customer(loan.getCustomerId()).getCode();
        List<SalesOrders.Line> orderLines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (SettlementLine line : settlement.getLines()) {
            LoanItem item = items.apply(line.getItemId());
            Optional<Price> listed = pricing.listedPrice(item.getProduct(), line.getQuantity(), customerCode,
                    loan.getOwnerId());
            BigDecimal unitPrice = listed.map(Price::unitPrice).orElse(item.getUnitPrice());
            line.priced(unitPrice);
            total = total.add(line.getAmount());
            listed.ifPresent(price -> orderLines.add(new SalesOrders.Line(price.productCode(), line.getQuantity(),
                    unitPrice, price.rule())));
        }
        if (!orderLines.isEmpty()) {
            orders.fromLoanSale(settlement.getId(), loan.getCustomerId(), loan.getOwnerId(), orderLines);
        }
        return total;
    }
}
