package com.relaycrm.expense.web;

import com.relaycrm.common.Paging;
import com.relaycrm.expense.ExpenseCommands.NewExpense;
import com.relaycrm.expense.ExpenseCommands.Withdrawal;
import com.relaycrm.expense.ExpenseQueries;
import com.relaycrm.expense.ExpenseQueries.ExpenseDetails;
import com.relaycrm.expense.ExpenseRequest;
import com.relaycrm.expense.ExpenseService;
import com.relaycrm.expense.approval.ExpenseWithdrawal;
import com.relaycrm.expense.internal.ExpenseReports;
import com.relaycrm.expense.process.ExpenseApprovalProcess;
import com.relaycrm.process.OpenTasks;
import com.relaycrm.process.RecordView;
import com.relaycrm.security.CurrentUser;
import com.relaycrm.web.PagedList;
import jakarta.validation.Valid;
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
@RequestMapping("/api/expenses")
class ExpenseController {

    private final ExpenseService expenses;
    private final ExpenseQueries queries;
    private final ExpenseWithdrawal withdrawal;
    private final ExpenseReports reports;
    private final CurrentUser currentUser;
    private final OpenTasks openTasks;

    ExpenseController(ExpenseService expenses, ExpenseQueries queries, ExpenseWithdrawal withdrawal,
                      ExpenseReports reports, CurrentUser currentUser, OpenTasks openTasks) {
        this.openTasks = openTasks;
        this.expenses = expenses;
        this.queries = queries;
        this.withdrawal = withdrawal;
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ExpenseRequest submit(@Valid @RequestBody NewExpense command) {
        return expenses.submit(command, currentUser.viewer());
    }

    @GetMapping
    ResponseEntity<List<ExpenseRequest>> list(@RequestParam(defaultValue = "0") int page,
                                              @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return PagedList.of(queries.visibleTo(currentUser.viewer(), Paging.of(page, size)));
    }

    /** 工作流报表: approvals waiting longer than the given hours, per approver (managers, finance, admin). */
    @GetMapping("/waiting-approvals")
    List<ExpenseReports.ApproverBacklog> waiting(@RequestParam(defaultValue = "24") int hours) {
        return reports.waitingLongerThan(hours, currentUser.viewer());
    }

    /** 费用统计 by department and type for the period (from/to: "2026-01"); finance and administrators. */
    @GetMapping("/totals-report")
    ExpenseReports.ExpenseTotals totals(@RequestParam(required = false) String from,
                                        @RequestParam(required = false) String to) {
        return reports.byDepartmentAndType(com.relaycrm.common.ReportPeriod.of(from, to), currentUser.viewer());
    }

    /** The expense page (/records/expense.html?key=EXP-…): approval timeline, payment and the open tasks. */
    @GetMapping("/record/{number}")
    RecordView<ExpenseDetails> record(@PathVariable String number) {
        ExpenseDetails details = queries.details(queries.idOfNumber(number), currentUser.viewer());
        return new RecordView<>("expense", number, details, openTasks.of(number, ExpenseApprovalProcess.KEY));
    }

    @GetMapping("/{id}")
    ExpenseDetails get(@PathVariable long id) {
        return queries.details(id, currentUser.viewer());
    }

    /** 弃审: take back one's approval while the next level has not acted. */
    @PostMapping("/{id}/withdraw")
    ExpenseRequest withdraw(@PathVariable long id, @Valid @RequestBody(required = false) Withdrawal body) {
        return withdrawal.withdraw(id, body == null ? null : body.comment(), currentUser.viewer());
    }
}
