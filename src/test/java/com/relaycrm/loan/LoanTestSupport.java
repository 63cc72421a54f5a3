package com.relaycrm.loan;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.loan.LoanCommands.NewLoan;
import com.relaycrm.loan.LoanCommands.NewLoanItem;
import com.relaycrm.loan.process.LoanAlertProcess;
import com.relaycrm.loan.process.LoanProcess;
import com.relaycrm.support.DemoUsers;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.ProcessDriver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Requests loans and walks their tasks and alert loops as the demo users ({@link ProcessDriver}), for the loan tests. */
@Component
public class LoanTestSupport {

    static final Viewer SALES1 = new Viewer("sales1", List.of("sales"));

    private final LoanService loans;
    private final Fixtures fixtures;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ProcessDriver driver;
    private final DemoUsers users;

    LoanTestSupport(LoanService loans, Fixtures fixtures, RuntimeService runtimeService, TaskService taskService,
                    ProcessDriver driver, DemoUsers users) {
        this.loans = loans;
        this.fixtures = fixtures;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.driver = driver;
        this.users = users;
    }

    /** Two items: 2 demo printers (line 1, 1,000.00 each) and 1 scanner (line 2, 500.00), out for a month. */
    public Loan request(Customer customer, LocalDate shipDate) {
        return loans.request(new NewLoan(customer.getId(), "Trial at the customer's head office", shipDate,
                shipDate.plusDays(14), shipDate.plusDays(30), List.of(
                        new NewLoanItem("Demo printer IP500", "IP500-DEMO-" + customer.getCode(), 2,
                                new BigDecimal("1000.00")),
                        new NewLoanItem("Scanner S20", null, 1, new BigDecimal("500.00")))), SALES1);
    }

    /** A loan of one catalogue product (IP500), which a sale turns into a sales order. */
    public Loan requestCatalogueProduct(Customer customer, LocalDate shipDate) {
        return loans.request(new NewLoan(customer.getId(), "Trial before buying", shipDate, shipDate.plusDays(7),
                shipDate.plusDays(30), List.of(new NewLoanItem("IP500", "IP500-TRIAL-" + customer.getCode(), 1,
                        new BigDecimal("12000.00")))), SALES1);
    }

    public Loan request(LocalDate shipDate) {
        return request(fixtures.company(), shipDate);
    }

    public ProcessInstance process(Loan loan) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(loan.getLoanNumber()).singleResult();
    }

    public Task task(ProcessInstance process, String key) {
        Task task = driver.task(process, key);
        assertThat(task).as("open task " + key).isNotNull();
        return task;
    }

    public void complete(ProcessInstance process, String key, String user, Map<String, Object> variables) {
        driver.complete(process, key, user, variables);
    }

    /** Approved by salesmgr1 and shipped by warehouse1. */
    public ProcessInstance approveAndShip(Loan loan) {
        ProcessInstance process = process(loan);
        complete(process, LoanProcess.Tasks.REVIEW, "salesmgr1", Map.of(LoanProcess.Variables.LOAN_APPROVED, "YES",
                LoanProcess.Variables.REVIEW_NOTE, "Fine"));
        complete(process, LoanProcess.Tasks.SHIP, "warehouse1", Map.of(LoanProcess.Variables.SHIPMENT_NOTE,
                "Waybill SF123"));
        return process;
    }

    /** The alert loop ({@code loan-alert}) the loan's process runs for the kind now, or null. */
    public ProcessInstance alertProcess(ProcessInstance process, AlertKind kind) {
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(process.getId())
                .variableValueEquals(LoanAlertProcess.Variables.ALERT_KIND, kind.name()).singleResult();
    }

    /** The timer of the kind's alert loop, or null. */
    public Job alertTimer(ProcessInstance process, AlertKind kind) {
        ProcessInstance alert = alertProcess(process, kind);
        return alert == null ? null : driver.timer(alert, LoanAlertProcess.Timers.ALERT_DUE);
    }

    public void fireAlert(ProcessInstance process, AlertKind kind) {
        ProcessInstance alert = alertProcess(process, kind);
        assertThat(alert).as("an alert loop for " + kind).isNotNull();
        driver.fireTimer(alert, LoanAlertProcess.Timers.ALERT_DUE);
    }

    /** The owner's open task of the kind's alert loop. */
    public Task alertTask(ProcessInstance process, AlertKind kind) {
        ProcessInstance alert = alertProcess(process, kind);
        assertThat(alert).as("an alert loop for " + kind).isNotNull();
        Task task = driver.task(alert, LoanAlertProcess.Tasks.ALERT);
        assertThat(task).as("open alert task for " + kind).isNotNull();
        return task;
    }

    public void completeAlert(ProcessInstance process, AlertKind kind, String user, Map<String, Object> variables) {
        driver.complete(alertTask(process, kind), user, variables);
    }

    public long openAlertTasks(ProcessInstance process, AlertKind kind) {
        ProcessInstance alert = alertProcess(process, kind);
        return alert == null ? 0 : taskService.createTaskQuery().processInstanceId(alert.getId())
                .taskDefinitionKey(LoanAlertProcess.Tasks.ALERT).count();
    }

    /** Open tasks of the process the user can see in Tasklist (under the engine's authorization checks). */
    public long countVisible(String user, ProcessInstance process) {
        return users.actAs(user, () -> taskService.createTaskQuery().processInstanceId(process.getId()).count());
    }
}
