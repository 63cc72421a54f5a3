package com.relaycrm.loan;

import com.relaycrm.customer.CustomerService;
import com.relaycrm.sales.pricing.Price;
import com.relaycrm.sales.pricing.PricingService;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Prices a converted item like any sale: when the loan item names a catalogue product (its code, e.g. IP500) the
 * pricing table decides (customer price list, the loan owner's list, category and volume discounts, standard
 * price); an item outside the catalogue (a prototype, a used machine) keeps the unit price entered with the loan.
 */
@Component
class CatalogueLoanPricing implements LoanPricing {

    private final PricingService pricing;
    private final CustomerService customers;

    CatalogueLoanPricing(PricingService pricing, CustomerService customers) {
        this.pricing = pricing;
        this.customers = customers;
    }

    @Override
    public BigDecimal unitPrice(Loan loan, LoanItem item, int quantity) {
        return pricing.listedPrice(item.getProduct(), quantity, customers.customer(loan.getCustomerId()).getCode(),
                loan.getOwnerId()).map(Price::unitPrice).orElse(item.getUnitPrice());
    }
}
