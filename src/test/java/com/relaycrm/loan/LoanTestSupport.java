package com.relaycrm.loan;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.loan.LoanCommands.NewLoan;
import com.relaycrm.loan.LoanCommands.NewLoanItem;
import com.relaycrm.support.DemoUsers;
import com.relaycrm.support.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Requests loans and walks their tasks and timers as the demo users, for the loan tests. */
@Component
public class LoanTestSupport {

    static final Viewer SALES1 = new Viewer("sales1", List.of("sales"));

    private final LoanService loans;
    private final Fixtures fixtures;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final DemoUsers users;

    LoanTestSupport(LoanService loans, Fixtures fixtures, RuntimeService runtimeService, TaskService taskService,
                    ManagementService managementService, DemoUsers users) {
        this.loans = loans;
        this.fixtures = fixtures;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
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
        Task task = taskService.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey(key).singleResult();
        assertThat(task).as("open task " + key).isNotNull();
        return task;
    }

    public void complete(ProcessInstance process, String key, String user, Map<String, Object> variables) {
        Task task = task(process, key);
        users.actAs(user, () -> {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), user);
            }
            taskService.complete(task.getId(), variables);
        });
    }

    /** Approved by salesmgr1 and shipped by warehouse1. */
    public ProcessInstance approveAndShip(Loan loan) {
        ProcessInstance process = process(loan);
        complete(process, "ReviewLoan", "salesmgr1", Map.of("loanApproved", "YES", "reviewNote", "Fine"));
        complete(process, "ShipLoan", "warehouse1", Map.of("shipmentNote", "Waybill SF123"));
        return process;
    }

    public Job timer(ProcessInstance process, String activityId) {
        return managementService.createJobQuery().processInstanceId(process.getId()).activityId(activityId).singleResult();
    }

    public void fire(ProcessInstance process, String activityId) {
        Job timer = timer(process, activityId);
        assertThat(timer).as("timer " + activityId).isNotNull();
        managementService.executeJob(timer.getId());
    }

    public long openTasks(ProcessInstance process, String key) {
        return taskService.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey(key).count();
    }

    /** Open tasks of the process the user can see in Tasklist (under the engine's authorization checks). */
    public long countVisible(String user, ProcessInstance process) {
        return users.actAs(user, () -> taskService.createTaskQuery().processInstanceId(process.getId()).count());
    }
}
