package com.relaycrm.loan.internal;

import com.relaycrm.common.Viewer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.loan.Loan;
import com.relaycrm.loan.LoanCommands.NewLoan;
import com.relaycrm.loan.LoanCommands.NewLoanItem;
import com.relaycrm.loan.LoanService;
import com.relaycrm.organisation.Groups;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data for loans and service plans (default profile only, after the organisation's demo data): a loan of a
 * demo printer to CUST-0001 waiting for review, and a birthday for member CUST-0003 in a few days so that the next
 * service plan generation plans birthday care. Safe to run on every start.
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "relay.demo-data.enabled", havingValue = "true")
class LoanDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LoanDemoData.class);

    private final LoanService loans;
    private final LoanRepository loanRows;
    private final CustomerService customers;

    LoanDemoData(LoanService loans, LoanRepository loanRows, CustomerService customers) {
        this.loans = loans;
        this.loanRows = loanRows;
        this.customers = customers;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now();
        customers.customerByCode("CUST-0003").filter(c -> c.getBirthDate() == null)
                .ifPresent(wang -> customers.recordBirthDate(wang.getId(), today.plusDays(3).minusYears(35)));
        if (loanRows.count() > 0) {
            return;
        }
        customers.customerByCode("CUST-0001").ifPresent(huaxin -> {
            Loan loan = loans.request(new NewLoan(huaxin.getId(), "Trial of the new IP-600 printer in the workshop",
                    today.plusDays(1), today.plusDays(14), today.plusDays(30), List.of(
                            new NewLoanItem("Industrial printer IP-600 (demo unit)", "IP600-DEMO-0001", 1,
                                    new BigDecimal("18000.00")),
                            new NewLoanItem("Print head cartridge", null, 4, new BigDecimal("350.00")))),
                    new Viewer("sales1", List.of(Groups.SALES)));
            log.info("Demo loan {} to {} waits for a sales manager's review", loan.getLoanNumber(), huaxin.getCode());
        });
    }
}
