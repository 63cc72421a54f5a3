package com.relaycrm.loan;

import java.math.BigDecimal;

/**
 * The unit price at which a loaned item converted to a sale (转销售) is sold to the loan's customer.
 *
 * <p>{@link CatalogueLoanPricing} asks the sales pricing table (customer list &gt; salesperson list &gt; category
 * discount &gt; volume discount &gt; standard) for catalogue products and keeps the unit price entered with the loan
 * for anything else.
 */
public interface LoanPricing {

    BigDecimal unitPrice(Loan loan, LoanItem item, int quantity);
}
