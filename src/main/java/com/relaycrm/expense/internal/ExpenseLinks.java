package com.relaycrm.expense.internal;

import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.NotFoundException;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.expense.LinkType;
import com.relaycrm.loan.LoanService;
import com.relaycrm.sales.opportunity.OpportunityService;
import com.relaycrm.sales.opportunity.SalesOrders;
import com.relaycrm.service.ServiceRequestQueries;
import org.springframework.stereotype.Component;

/**
 * The business record an expense request is raised for (关联业务): it must exist and the requester must be allowed to
 * see it, by the owning area's own data permission, so that a request never points at a record hidden from its
 * requester.
 */
@Component
public class ExpenseLinks {

    private final CustomerService customers;
    private final OpportunityService opportunities;
    private final SalesOrders orders;
    private final ServiceRequestQueries serviceRequests;
    private final LoanService loans;

    ExpenseLinks(CustomerService customers, OpportunityService opportunities, SalesOrders orders,
                 ServiceRequestQueries serviceRequests, LoanService loans) {
        this.customers = customers;
        this.opportunities = opportunities;
        this.orders = orders;
        this.serviceRequests = serviceRequests;
        this.loans = loans;
    }

    public void requireVisible(LinkType type, Long id, Viewer requester) {
        if ((type == null) != (id == null)) {
            throw new InvalidInputException(type == null ? "linkType" : "linkId",
                    "link type and link id are given together or not at all");
        }
        if (type == null) {
            return;
        }
        try {
            switch (type) {
                case CUSTOMER -> customers.get(id, requester);
                case OPPORTUNITY -> opportunities.opportunity(id, requester);
                case ORDER -> orders.order(id, requester);
                case WORK_ORDER -> serviceRequests.workOrder(id, requester);
                case LOAN -> loans.view(id, requester);
            }
        } catch (NotFoundException | AccessDeniedException e) {
            throw new InvalidInputException("linkId", "no " + type.name().toLowerCase().replace('_', ' ') + " " + id
                    + " that " + requester.userId() + " may see");
        }
    }
}
