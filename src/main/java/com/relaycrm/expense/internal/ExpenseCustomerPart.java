package com.relaycrm.expense.internal;

import com.relaycrm.common.Timeline;
import java.util.List;
import com.relaycrm.expense.process.ExpenseApprovalProcess;
import com.relaycrm.expense.ExpenseRequest;
import com.relaycrm.expense.ExpenseStatus;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerRecordPart;
import com.relaycrm.expense.ExpenseQueries;
import com.relaycrm.expense.LinkType;
import org.springframework.stereotype.Component;

/** The customer page's expense requests raised for the customer, those the viewer may see (as /api/expenses). */
@Component
class ExpenseCustomerPart implements CustomerRecordPart {

    private static final String KIND = "expense";
    private static final int LISTED = 100;

    private final ExpenseQueries queries;

    ExpenseCustomerPart(ExpenseQueries queries) {
        this.queries = queries;
    }

    @Override
    public String name() {
        return "expenses";
    }

    /** Requests in approval, waiting for payment, or rejected and waiting for their revision have a task open. */
    @Override
    public Section section(Customer customer, Viewer viewer) {
        List<ExpenseRequest> listed = queries.linkedTo(LinkType.CUSTOMER, customer.getId(), viewer, LISTED);
        return new Section(listed, listed.stream()
                .filter(r -> r.getStatus() != ExpenseStatus.PAID && r.getStatus() != ExpenseStatus.CANCELLED)
                .map(r -> new OpenRecord(ExpenseApprovalProcess.KEY, r.getRequestNumber(),
                        r.getRequestNumber() + " " + r.getPurpose(), "/records/expense.html?key=" + r.getRequestNumber()))
                .toList());
    }

    @Override
    public List<Timeline.Entry> timeline(Customer customer, Viewer viewer, Timeline.Cursor after, int limit) {
        return queries.linkedBefore(LinkType.CUSTOMER, customer.getId(), after.at(), after.idBelow(KIND), viewer, limit)
                .stream().map(r -> new Timeline.Entry(r.getCreatedAt(), KIND, r.getId(),
                        r.getRequestNumber() + " " + r.getPurpose(), r.getStatus().name(), r.getRequesterId(),
                        "/records/expense.html?key=" + r.getRequestNumber())).toList();
    }
}
