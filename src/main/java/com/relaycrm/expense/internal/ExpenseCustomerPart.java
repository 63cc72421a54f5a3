package com.relaycrm.expense.internal;

import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerRecordPart;
import com.relaycrm.expense.ExpenseQueries;
import com.relaycrm.expense.LinkType;
import org.springframework.stereotype.Component;

/** The customer page's expense requests raised for the customer, those the viewer may see (as /api/expenses). */
@Component
class ExpenseCustomerPart implements CustomerRecordPart {

    private static final int LISTED = 100;

    private final ExpenseQueries queries;

    ExpenseCustomerPart(ExpenseQueries queries) {
        this.queries = queries;
    }

    @Override
    public String name() {
        return "expenses";
    }

    @Override
    public Object part(Customer customer, Viewer viewer) {
        return queries.linkedTo(LinkType.CUSTOMER, customer.getId(), viewer, LISTED);
    }
}
