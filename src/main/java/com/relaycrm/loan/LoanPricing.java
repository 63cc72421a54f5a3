package com.relaycrm.loan;

import java.math.BigDecimal;

/**
 * The unit price at which a loaned item converted to a sale (转销售) is sold to the loan's customer.
 *
 * <p>The default ({@link StandardPriceLoanPricing}) is the standard price recorded with the loan item. Once the
 * sales orders and the pricing table are on main, an implementation asking the pricing table (customer list &gt;
 * salesperson list &gt; category discount &gt; volume discount &gt; standard) replaces it, and the conversion
 * creates the sales order.
 */
public interface LoanPricing {

    BigDecimal unitPrice(Loan loan, LoanItem item, int quantity);
}
