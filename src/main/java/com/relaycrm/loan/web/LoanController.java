package com.relaycrm.loan.web;

import com.relaycrm.common.Paging;
import com.relaycrm.loan.Loan;
import com.relaycrm.loan.LoanCommands.NewLoan;
import com.relaycrm.loan.LoanService;
import com.relaycrm.loan.process.LoanAlertProcess;
import com.relaycrm.loan.process.LoanProcess;
import com.relaycrm.process.OpenTasks;
import com.relaycrm.process.RecordView;
import com.relaycrm.security.CurrentUser;
import com.relaycrm.web.PagedList;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/loans")
class LoanController {

    private final LoanService loans;
    private final OverdueLoanReport overdueReport;
    private final CurrentUser currentUser;
    private final OpenTasks openTasks;

    LoanController(LoanService loans, OverdueLoanReport overdueReport, CurrentUser currentUser, OpenTasks openTasks) {
        this.openTasks = openTasks;
        this.loans = loans;
        this.overdueReport = overdueReport;
        this.currentUser = currentUser;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Loan request(@Valid @RequestBody NewLoan command) {
        return loans.request(command, currentUser.viewer());
    }

    @GetMapping
    ResponseEntity<List<Loan>> list(@RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return PagedList.of(loans.visibleTo(currentUser.viewer(), Paging.of(page, size)));
    }

    /** The loan page (/records/loan.html?key=LN-…): items, shipments, feedback, returns, conversions, alerts. */
    @GetMapping("/record/{number}")
    RecordView<LoanService.LoanView> record(@PathVariable String number) {
        LoanService.LoanView view = loans.view(loans.idOfNumber(number), currentUser.viewer());
        return new RecordView<>("loan", number, view, openTasks.of(number, LoanProcess.KEY, LoanAlertProcess.KEY));
    }

    @GetMapping("/{id}")
    LoanService.LoanView get(@PathVariable long id) {
        return loans.view(id, currentUser.viewer());
    }

    @GetMapping("/overdue-report")
    OverdueLoanReport.Report overdueReport() {
        return overdueReport.report(currentUser.viewer(), LocalDate.now());
    }
}
