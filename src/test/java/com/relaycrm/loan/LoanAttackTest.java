package com.relaycrm.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.Viewer;
import com.relaycrm.loan.LoanCommands.NewLoan;
import com.relaycrm.loan.LoanCommands.NewLoanItem;
import com.relaycrm.loan.process.LoanProcess;
import com.relaycrm.support.Api;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayProcessTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #11, loans: a loan approved with "yes" (stored APPROVED while the process took the rejected path), an owner
 * reviewing their own loan or conversion, a process bound by hand to another rep's loan, and a warehouse task
 * pointed at another loan's return. Each is refused with the loan unchanged; the legitimate path still works.
 */
@RelayProcessTest
class LoanAttackTest {

    private static final Viewer SALESMGR1 = new Viewer("salesmgr1", List.of("sales-manager", "sales"));

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired LoanService loans;
    @Autowired LoanTestSupport support;
    @Autowired Fixtures fixtures;
    @Autowired Api api;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aReviewAnsweredLowercaseYesIsRefusedAndAnApprovedLoanIsAlwaysShipped() {
        Loan loan = support.request(LocalDate.now().plusDays(2));
        ProcessInstance process = support.process(loan);

        assertThatThrownBy(() -> support.complete(process, "ReviewLoan", "salesmgr1", Map.of("loanApproved", "yes")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("loanApproved");
        assertThat(loans.loan(loan.getId()).getStatus()).isEqualTo(LoanStatus.REQUESTED);
        assertThat(loans.loan(loan.getId()).getReviewedBy()).isNull();
        assertThat(process).isWaitingAt("ReviewLoan");

        support.complete(process, "ReviewLoan", "salesmgr1", Map.of("loanApproved", "YES"));
        assertThat(loans.loan(loan.getId()).getStatus()).isEqualTo(LoanStatus.APPROVED);
        assertThat(process).isWaitingAt("ShipLoan").hasNotPassed("LoanRejected");
    }

    @Test
    void theOwnerOfALoanMayNotReviewItAnotherManagerMay() {
        Loan own = requestAs(SALESMGR1);
        ProcessInstance process = support.process(own);

        assertThatThrownBy(() -> support.complete(process, "ReviewLoan", "salesmgr1", Map.of("loanApproved", "YES")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("loanApproved").hasMessageContaining("may not review it themselves");
        assertThat(loans.loan(own.getId()).getStatus()).isEqualTo(LoanStatus.REQUESTED);
        assertThat(process).isWaitingAt("ReviewLoan");

        support.complete(process, "ReviewLoan", "demo", Map.of("loanApproved", "YES"));
        assertThat(loans.loan(own.getId()).getReviewedBy()).isEqualTo("demo");
        assertThat(process).isWaitingAt("ShipLoan");
    }

    @Test
    void theOwnerOfALoanMayNotReviewItsConversion() {
        Loan own = requestAs(SALESMGR1);
        ProcessInstance process = support.process(own);
        support.complete(process, "ReviewLoan", "demo", Map.of("loanApproved", "YES"));
        support.complete(process, "ShipLoan", "warehouse1", Map.of("shipmentNote", "Waybill SF9"));
        support.complete(process, "FollowUpLoan", "salesmgr1", Map.of("followUpAction", "CONVERT",
                "conversionType", "GIFT"));
        assertThat(process).isWaitingAt("ReviewConversion");

        assertThatThrownBy(() -> support.complete(process, "ReviewConversion", "salesmgr1",
                Map.of("conversionApproved", "YES")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("conversionApproved");
        assertThat(settlementStatus(own)).isEqualTo("PENDING");
        assertThat(loans.loan(own.getId()).getStatus()).isEqualTo(LoanStatus.SHIPPED);

        support.complete(process, "ReviewConversion", "demo", Map.of("conversionApproved", "YES"));
        assertThat(settlementStatus(own)).isEqualTo("DONE");
        assertThat(process).isEnded().hasPassed("LoanClosed");
    }

    @Test
    void aLoanProcessStartedByHandForAnotherRepsLoanCannotMoveThatLoan() {
        Loan victim = support.request(LocalDate.now().plusDays(2)); // sales1's loan, waiting for review

        ResponseEntity<String> overRest = api.postForText("sales2", "/engine-rest/process-definition/key/loan/start",
                """
                {"businessKey":"%s","variables":{"loanId":{"value":%d,"type":"Long"},
                 "ownerId":{"value":"sales2","type":"String"}}}""".formatted(victim.getLoanNumber(), victim.getId()));
        assertThat(overRest.getStatusCode().is4xxClientError()).as(overRest.toString()).isTrue();

        // even if such a process existed, its steps never take the loan from its variables
        ProcessInstance rogue = runtimeService.startProcessInstanceByKey(LoanProcess.KEY,
                victim.getLoanNumber(), Map.of("loanId", victim.getId(), "ownerId", "sales2"));
        Task review = taskService.createTaskQuery().processInstanceId(rogue.getId()).singleResult();
        assertThatThrownBy(() -> completeAs("salesmgr1", review, Map.of("loanApproved", "NO")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not the process of a stored loan");
        runtimeService.deleteProcessInstance(rogue.getId(), "attack test");

        Loan untouched = loans.loan(victim.getId());
        assertThat(untouched.getStatus()).isEqualTo(LoanStatus.REQUESTED);
        assertThat(untouched.getReviewedBy()).isNull();
        assertThat(untouched.getOwnerId()).isEqualTo("sales1");
        assertThat(support.process(victim)).isWaitingAt("ReviewLoan");
    }

    @Test
    void aWarehouseTaskPointedAtAnotherLoansReturnReceivesNothing() {
        Loan other = support.request(LocalDate.now().plusDays(1));
        ProcessInstance otherProcess = support.approveAndShip(other);
        support.complete(otherProcess, "FollowUpLoan", "sales1", Map.of("followUpAction", "RETURN"));
        long otherSettlement = ((Number) runtimeService.getVariable(otherProcess.getId(), "settlementId")).longValue();

        Loan loan = support.request(LocalDate.now().plusDays(1));
        ProcessInstance process = support.approveAndShip(loan);
        support.complete(process, "FollowUpLoan", "sales1", Map.of("followUpAction", "RETURN", "settleItems", "2"));
        Task receive = support.task(process, "ReceiveReturn");

        assertThatThrownBy(() -> completeAs("warehouse1", receive,
                Map.of("itemCondition", "GOOD", "settlementId", otherSettlement)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("settlementId");
        assertThat(jdbc.queryForObject("select status from loan_settlement where id = ?", String.class,
                otherSettlement)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select count(*) from loan_stock_movement where direction = 'IN' and loan_id in (?, ?)",
                Integer.class, loan.getId(), other.getId())).isZero();

        support.complete(process, "ReceiveReturn", "warehouse1", Map.of("itemCondition", "GOOD"));
        assertThat(jdbc.queryForObject("select count(*) from loan_stock_movement where direction = 'IN' and loan_id = ?",
                Integer.class, loan.getId())).isEqualTo(1);
    }

    // ---------------------------------------------------------------- helpers

    private Loan requestAs(Viewer requester) {
        LocalDate ship = LocalDate.now().plusDays(2);
        return loans.request(new NewLoan(fixtures.company().getId(), "Trial at the manager's key account", ship,
                ship.plusDays(14), ship.plusDays(30), List.of(new NewLoanItem("Demo printer IP500", null, 1,
                        new BigDecimal("1000.00")))), requester);
    }

    private String settlementStatus(Loan loan) {
        return jdbc.queryForObject("select status from loan_settlement where loan_id = ?", String.class, loan.getId());
    }

    private void completeAs(String user, Task task, Map<String, Object> variables) {
        taskService.setAssignee(task.getId(), user);
        support.complete(runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult(), task.getTaskDefinitionKey(), user, variables);
    }
}
