package com.relaycrm.loan;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** Prices a converted item at the standard price recorded with the loan item. */
@Component
class StandardPriceLoanPricing implements LoanPricing {

    @Override
    public BigDecimal unitPrice(Loan loan, LoanItem item, int quantity) {
        return item.getUnitPrice();
    }
}
