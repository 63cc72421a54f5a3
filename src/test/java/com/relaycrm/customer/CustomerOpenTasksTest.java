package com.relaycrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaycrm.common.Timeline;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.CustomerRecords.CustomerTask;
import com.relaycrm.expense.ExpenseCommands.NewExpense;
import com.relaycrm.expense.ExpenseRequest;
import com.relaycrm.expense.ExpenseService;
import com.relaycrm.expense.ExpenseType;
import com.relaycrm.expense.LinkType;
import com.relaycrm.loan.Loan;
import com.relaycrm.loan.LoanTestSupport;
import com.relaycrm.service.ServiceRequest;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.ProcessDriver;
import com.relaycrm.support.RelayProcessTest;
import com.relaycrm.support.ServiceRequestFixtures;
import com.relaycrm.support.TestMail;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The customer page's "open now" list gathers the open tasks of every area's records of the customer (service
 * request, loan, expense), each the engine's own task, and only of the records the viewer may see.
 */
@RelayProcessTest
class CustomerOpenTasksTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.smtp());

    static final Viewer ADMIN = new Viewer("demo", List.of("camunda-admin", "admin"));

    @Autowired CustomerRecords records;
    @Autowired CustomerService customers;
    @Autowired ServiceRequestFixtures serviceRequests;
    @Autowired LoanTestSupport loans;
    @Autowired ExpenseService expenses;
    @Autowired ProcessDriver driver;
    @Autowired TaskService taskService;

    Customer customer;
    ServiceRequest request;
    Loan loan;
    ExpenseRequest expense;

    @BeforeEach
    void aCustomerWithARequestALoanAndAnExpenseEachWaitingAtATask() {
        request = serviceRequests.requestWaitingForDispatch().request();
        customer = customers.get(request.getCustomerId(), Fixtures.ADMIN);
        loan = loans.request(customer, LocalDate.now().plusDays(2));
        expense = expenses.submit(new NewExpense("HQ", ExpenseType.TRAVEL, new BigDecimal("300"), null,
                "Visit to " + customer.getCode(), LinkType.CUSTOMER, customer.getId()), ADMIN);
        driver.runJobs(expense.getProcessInstanceId());
    }

    @Test
    void anAdministratorSeesTheEnginesOpenTaskOfEachRecord() {
        Map<String, CustomerTask> open = openTasks(ADMIN);

        assertThat(open).containsOnlyKeys(request.getRequestNumber(), loan.getLoanNumber(),
                expense.getRequestNumber());
        for (CustomerTask task : open.values()) {
            Task engine = taskService.createTaskQuery().processInstanceBusinessKey(task.recordKey()).singleResult();
            assertThat(task.task().id()).as(task.recordKey()).isEqualTo(engine.getId());
            assertThat(task.task().name()).isEqualTo(engine.getName());
            assertThat(task.task().since()).isEqualTo(engine.getCreateTime().toInstant());
        }
        assertThat(open.get(request.getRequestNumber()).link())
                .isEqualTo("/records/service-request.html?key=" + request.getRequestNumber());
        assertThat(open.get(loan.getLoanNumber()).task().candidateGroups()).contains("sales-manager");
    }

    @Test
    void theServiceDeskSeesTheRequestsTaskButNotTheExpenseItMayNotSee() {
        Map<String, CustomerTask> open = openTasks(Fixtures.SERVICE1);

        assertThat(open).containsKey(request.getRequestNumber()).doesNotContainKey(expense.getRequestNumber());
    }

    @Test
    void aSalesManagerSeesTheLoansTaskButNotTheServiceRequestsWhichIsTheDesks() {
        Map<String, CustomerTask> open = openTasks(new Viewer("salesmgr1", List.of("sales-manager", "sales")));

        assertThat(open).containsKey(loan.getLoanNumber()).doesNotContainKey(request.getRequestNumber());
    }

    @Test
    void anEngineerNotOnAnyOfItsRequestsIsRefusedTheCustomerPage() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> openTasks(new Viewer("engineer2",
                List.of("engineer")))).isInstanceOf(com.relaycrm.common.NotFoundException.class);
    }

    @Test
    void theTimelineHoldsTheLinkedExpenseForThoseWhoMaySeeIt() {
        assertThat(records.timeline(customer.getCode(), ADMIN, Timeline.Cursor.START, 50).entries())
                .filteredOn(e -> e.kind().equals("expense")).singleElement()
                .satisfies(e -> assertThat(e.title()).startsWith(expense.getRequestNumber()))
                .satisfies(e -> assertThat(e.link()).isEqualTo("/records/expense.html?key=" + expense.getRequestNumber()));
        assertThat(records.timeline(customer.getCode(), Fixtures.SERVICE1, Timeline.Cursor.START, 50).entries())
                .noneMatch(e -> e.kind().equals("expense"));
    }

    private Map<String, CustomerTask> openTasks(Viewer viewer) {
        return records.record(customer.getCode(), viewer).openTasks().stream()
                .collect(Collectors.toMap(CustomerTask::recordKey, t -> t));
    }
}
