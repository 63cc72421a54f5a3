package com.relaycrm.loan.internal;

import com.relaycrm.loan.process.LoanAlertProcess;
import com.relaycrm.loan.process.LoanProcess;
import com.relaycrm.loan.LoanStatus;
import com.relaycrm.common.Timeline;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerRecordPart;
import com.relaycrm.loan.Loan;
import com.relaycrm.loan.LoanService;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The customer page's loans: those who see all loans see the customer's, everyone else only their own. */
@Component
@Transactional(readOnly = true)
class LoanCustomerPart implements CustomerRecordPart {

    private static final String KIND = "loan";
    private static final int LISTED = 100;

    private final LoanRepository loans;

    LoanCustomerPart(LoanRepository loans) {
        this.loans = loans;
    }

    @Override
    public String name() {
        return "loans";
    }

    /** Loans not yet rejected or closed may have tasks open, in their own process and in their alert loops. */
    @Override
    public Section section(Customer customer, Viewer viewer) {
        List<Loan> listed = visible(customer, viewer, Timeline.Cursor.START, LISTED);
        return new Section(listed, listed.stream()
                .filter(l -> l.getStatus() != LoanStatus.REJECTED && l.getStatus() != LoanStatus.CLOSED)
                .flatMap(l -> java.util.stream.Stream.of(LoanProcess.KEY, LoanAlertProcess.KEY)
                        .map(process -> new OpenRecord(process, l.getLoanNumber(),
                                l.getLoanNumber() + " " + l.getPurpose(), "/records/loan.html?key=" + l.getLoanNumber())))
                .toList());
    }

    @Override
    public List<Timeline.Entry> timeline(Customer customer, Viewer viewer, Timeline.Cursor after, int limit) {
        return visible(customer, viewer, after, limit).stream().map(l -> new Timeline.Entry(l.getRequestedAt(), KIND,
                l.getId(), l.getLoanNumber() + " " + l.getPurpose(), l.getStatus().name(), l.getOwnerId(),
                "/records/loan.html?key=" + l.getLoanNumber())).toList();
    }

    private List<Loan> visible(Customer customer, Viewer viewer, Timeline.Cursor after, int limit) {
        return loans.ofCustomer(customer.getId(), viewer.inAny(LoanService.SEE_ALL), viewer.userId(), after.at(),
                after.idBelow(KIND), PageRequest.of(0, limit));
    }
}
