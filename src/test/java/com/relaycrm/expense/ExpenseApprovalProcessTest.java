package com.relaycrm.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.Viewer;
import com.relaycrm.expense.ExpenseCommands.NewExpense;
import com.relaycrm.expense.ExpenseQueries.ExpenseDetails;
import com.relaycrm.expense.approval.ExpenseWithdrawal;
import com.relaycrm.support.DemoUsers;
import com.relaycrm.support.ProcessDriver;
import com.relaycrm.support.RelayProcessTest;
import com.relaycrm.support.TaskForms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drives {@code processes/expense-approval.bpmn} through every path as the people who work it: the chain from the
 * decision table, approve, reject and revise or cancel, transfer (转签), withdraw (弃审) allowed and refused, and
 * payment; checking where the process stands and what the records say.
 */
@RelayProcessTest
class ExpenseApprovalProcessTest {

    static final Map<String, List<String>> GROUPS = Map.of(
            "sales1", List.of("sales"),
            "salesmgr1", List.of("sales-manager", "sales"),
            "service1", List.of("service"),
            "servicemgr1", List.of("service-manager", "service"),
            "finance1", List.of("finance"),
            "demo", List.of("camunda-admin", "admin"));

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired FormService formService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired DemoUsers demoUsers;
    @Autowired ProcessDriver driver;
    @Autowired ExpenseService expenses;
    @Autowired ExpenseWithdrawal withdrawal;
    @Autowired ExpenseQueries queries;

    @AfterEach
    void clearIdentity() {
        identityService.clearAuthentication();
    }

    @Test
    void smallSalesExpenseNeedsTheSalesManagerOnlyAndIsPaidByFinance() {
        ExpenseRequest request = submit("sales1", "SALES-N", ExpenseType.TRAVEL, "1200.00");
        ProcessInstance process = process(request);
        assertThat(process).hasBusinessKey(request.getRequestNumber()).isWaitingAt("DetermineApprovalChain");
        determineChain(process);

        assertThat(process).isWaitingAt("ApproveExpense");
        assertThat(task(process)).hasCandidateGroup("sales-manager").isNotAssigned();
        assertThat(details(request).request().getStatus()).isEqualTo(ExpenseStatus.IN_APPROVAL);
        assertThat(details(request).request().getApprovalChain()).isEqualTo("group:sales-manager");
        assertThat(details(request).request().getApprovalRule()).as("the plain sales row below 5000").startsWith("ExpenseApprovalLevels_14@");

        decide(process, "salesmgr1", "APPROVE", "ok", null);
        assertThat(process).isWaitingAt("PayExpense");
        assertThat(task(process)).hasCandidateGroup("finance");
        assertThat(details(request).request().getStatus()).isEqualTo(ExpenseStatus.APPROVED);
        // finance's form opens with the approved amount and who approved it
        var paymentForm = formService.getTaskFormVariables(task(process).getId());
        assertThat(((Number) paymentForm.get("paidAmount")).doubleValue()).isEqualTo(1200.00);
        assertThat(paymentForm.get("approvedBy").toString()).isEqualTo("Zhao Lei (level 1)");

        pay(process, "1150.00");
        assertThat(process).isEnded().hasPassed("RecordExpensePayment", "ExpensePaid").hasNotPassed("ReviseExpense");
        ExpenseDetails paid = details(request);
        assertThat(paid.request().getStatus()).isEqualTo(ExpenseStatus.PAID);
        assertThat(paid.request().getClosedAt()).isNotNull();
        assertThat(paid.record().getAmount()).isEqualByComparingTo("1150.00");
        assertThat(paid.record().getRecordedBy()).isEqualTo("finance1");
        assertThat(paid.record().getPaymentReference()).isEqualTo("BANK-" + request.getRequestNumber());
        assertThat(paid.steps()).extracting(ApprovalStep::getLevel, ApprovalStep::getApprover,
                        ApprovalStep::getDecision, ApprovalStep::getActedBy)
                .containsExactly(tuple(1, "group:sales-manager", ApprovalDecision.APPROVE, "salesmgr1"));
    }

    @Test
    void largeExpenseGoesThroughManagerFinanceAndGeneralManagerInOrder() {
        ExpenseRequest request = submit("service1", "SERVICE", ExpenseType.MARKETING, "25000");
        ProcessInstance process = process(request);
        determineChain(process);

        assertThat(task(process)).hasCandidateGroup("service-manager");
        decide(process, "servicemgr1", "APPROVE", null, null);
        assertThat(process).isWaitingAt("ApproveExpense");
        assertThat(task(process)).hasCandidateGroup("finance");
        TaskForms.assertOpensEmpty(formService, task(process));
        assertThat(runtimeService.getVariable(process.getId(), "approvalLevel")).isEqualTo(2);
        decide(process, "finance1", "APPROVE", null, null);
        assertThat(task(process)).hasCandidateGroup("admin");
        assertThat(details(request).request().getStatus()).isEqualTo(ExpenseStatus.IN_APPROVAL);
        decide(process, "demo", "APPROVE", "within budget", null);
        assertThat(process).isWaitingAt("PayExpense");

        assertThat(details(request).steps()).extracting(ApprovalStep::getLevel, ApprovalStep::getApprover,
                        ApprovalStep::getDecision, ApprovalStep::getActedBy)
                .containsExactly(
                        tuple(1, "group:service-manager", ApprovalDecision.APPROVE, "servicemgr1"),
                        tuple(2, "group:finance", ApprovalDecision.APPROVE, "finance1"),
                        tuple(3, "group:admin", ApprovalDecision.APPROVE, "demo"));
    }

    @Test
    void rejectionGoesBackToTheRequesterWhoRevisesAndResubmitsUnderTheNewAmountsChain() {
        ExpenseRequest request = submit("sales1", "SALES-N", ExpenseType.SAMPLE, "6000");
        ProcessInstance process = process(request);
        determineChain(process);
        assertThat(details(request).request().getApprovalChain()).isEqualTo("group:sales-manager,group:finance");
        assertThat(runtimeService.getVariable(process.getId(), "approvalChain")).as("the form shows the groups' names")
                .isEqualTo("Sales managers / 销售经理 → Finance / 财务");

        assertThatThrownBy(() -> decide(process, "salesmgr1", "REJECT", null, null))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("rejectionReason");
        assertThat(process).isWaitingAt("ApproveExpense");

        // as the form sends it: the reason in its own field (the optional comment is hidden when rejecting)
        Map<String, Object> rejection = new HashMap<>();
        rejection.put("approvalDecision", "REJECT");
        rejection.put("rejectionReason", "Too many samples; halve it");
        claimAndComplete(process, "salesmgr1", rejection);
        assertThat(details(request).steps()).singleElement().extracting(ApprovalStep::getComment)
                .isEqualTo("Too many samples; halve it");
        assertThat(process).isWaitingAt("ReviseExpense");
        assertThat(task(process)).isAssignedTo("sales1");
        assertThat(runtimeService.getVariable(process.getId(), "rejectionComment")).isEqualTo("Too many samples; halve it");
        // the revision edits the request as it stands: its amount and purpose are there, the decision is not
        TaskForms.assertOpensEmpty(formService, task(process));
        assertThat(formService.getTaskFormVariables(task(process).getId()).get("amount")).isNotNull();
        assertThat(details(request).request().getStatus()).isEqualTo(ExpenseStatus.REJECTED);

        complete(process, "sales1", Map.of("revisionDecision", "RESUBMIT", "amount", 3000.0,
                "purpose", "Samples for two customers"));
        assertThat(process).isWaitingAt("DetermineApprovalChain");
        determineChain(process);
        ExpenseRequest resubmitted = details(request).request();
        assertThat(resubmitted.getAmount()).isEqualByComparingTo("3000");
        assertThat(resubmitted.getPurpose()).isEqualTo("Samples for two customers");
        assertThat(resubmitted.getApprovalChain()).as("below 5000 the manager alone").isEqualTo("group:sales-manager");
        assertThat(resubmitted.getStatus()).isEqualTo(ExpenseStatus.IN_APPROVAL);
        TaskForms.assertOpensEmpty(formService, task(process)); // not the rejection's decision and comment

        decide(process, "salesmgr1", "APPROVE", null, null);
        assertThat(process).isWaitingAt("PayExpense");
        assertThat(details(request).steps()).extracting(ApprovalStep::getDecision, ApprovalStep::getComment)
                .containsExactly(tuple(ApprovalDecision.REJECT, "Too many samples; halve it"),
                        tuple(ApprovalDecision.APPROVE, null));
    }

    @Test
    void requesterMayCancelARejectedRequest() {
        ExpenseRequest request = submit("sales1", "SALES-N", ExpenseType.OTHER, "300");
        ProcessInstance process = process(request);
        determineChain(process);
        decide(process, "salesmgr1", "REJECT", "Not a business expense", null);
        complete(process, "sales1", Map.of("revisionDecision", "CANCEL"));

        assertThat(process).isEnded().hasPassed("ExpenseCancelled").hasNotPassed("PayExpense");
        ExpenseDetails cancelled = details(request);
        assertThat(cancelled.request().getStatus()).isEqualTo(ExpenseStatus.CANCELLED);
        assertThat(cancelled.request().getClosedAt()).isNotNull();
        assertThat(cancelled.record()).isNull();
    }

    @Test
    void transferGivesTheSameLevelToTheNewApproverAndHistoryShowsIt() {
        ExpenseRequest request = submit("sales1", "SALES-N", ExpenseType.TRAVEL, "800");
        ProcessInstance process = process(request);
        determineChain(process);

        // the form offers the expense approvers by name, never the requester
        assertThat(String.valueOf(taskService.getVariable(task(process).getId(), "transferOptions")))
                .contains("\"Sun Hao (servicemgr1)\"", "\"value\":\"finance1\"").doesNotContain("\"sales1\"");
        // offered again to whoever claims the group's task: not themself
        Task offered = task(process);
        actAs("salesmgr1", () -> taskService.claim(offered.getId(), "salesmgr1"));
        assertThat(String.valueOf(taskService.getVariable(offered.getId(), "transferOptions")))
                .contains("\"finance1\"").doesNotContain("\"salesmgr1\"");
        taskService.setAssignee(offered.getId(), null);
        assertThatThrownBy(() -> decide(process, "salesmgr1", "TRANSFER", null, null))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("transferTo");
        assertThatThrownBy(() -> decide(process, "salesmgr1", "TRANSFER", null, "nobody-here"))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("no user nobody-here");

        decide(process, "salesmgr1", "TRANSFER", "servicemgr1 knows this trip", "servicemgr1");
        assertThat(process).isWaitingAt("ApproveExpense");
        assertThat(task(process)).isAssignedTo("servicemgr1");
        assertThat(runtimeService.getVariable(process.getId(), "approvalLevel")).isEqualTo(1);

        decide(process, "servicemgr1", "APPROVE", null, null);
        assertThat(process).isWaitingAt("PayExpense");
        assertThat(details(request).steps()).extracting(ApprovalStep::getLevel, ApprovalStep::getApprover,
                        ApprovalStep::getDecision, ApprovalStep::getActedBy, ApprovalStep::getTransferTo)
                .containsExactly(
                        tuple(1, "group:sales-manager", ApprovalDecision.TRANSFER, "salesmgr1", "servicemgr1"),
                        tuple(1, "user:servicemgr1", ApprovalDecision.APPROVE, "servicemgr1", null));
        assertThat(queries.details(request.getId(), viewer("servicemgr1")).request().getId())
                .as("the transferee may read the request").isEqualTo(request.getId());
    }

    @Test
    void givingTheTaskToSomeoneElseInTasklistIsATransferInTheHistory() {
        ExpenseRequest request = submit("sales1", "SALES-N", ExpenseType.TRAVEL, "820");
        ProcessInstance process = process(request);
        determineChain(process);
        Task task = task(process);

        // as Tasklist does: claim the group's task, then type another user into the assignee field
        actAs("salesmgr1", () -> {
            taskService.claim(task.getId(), "salesmgr1");
            taskService.setAssignee(task.getId(), "servicemgr1");
        });

        assertThat(task(process)).isAssignedTo("servicemgr1");
        assertThat(task(process).getId()).isEqualTo(task.getId());
        decide(process, "servicemgr1", "APPROVE", "fine", null);
        assertThat(process).isWaitingAt("PayExpense");
        assertThat(details(request).steps()).extracting(ApprovalStep::getLevel, ApprovalStep::getApprover,
                        ApprovalStep::getDecision, ApprovalStep::getActedBy, ApprovalStep::getTransferTo)
                .containsExactly(
                        tuple(1, "group:sales-manager", ApprovalDecision.TRANSFER, "salesmgr1", "servicemgr1"),
                        tuple(1, "user:servicemgr1", ApprovalDecision.APPROVE, "servicemgr1", null));
    }

    @Test
    void approverWithdrawsWhileTheNextLevelHasNotActedAndGetsTheLevelBack() {
        ExpenseRequest request = submit("sales1", "SALES-N", ExpenseType.TRAVEL, "7000");
        ProcessInstance process = process(request);
        determineChain(process);
        decide(process, "salesmgr1", "APPROVE", null, null);
        Task financeTask = task(process);
        assertThat(financeTask).hasCandidateGroup("finance");

        assertThatThrownBy(() -> withdrawal.withdraw(request.getId(), null, viewer("finance1")))
                .as("finance has not acted on it").isInstanceOf(RuntimeException.class);

        withdrawal.withdraw(request.getId(), "wrong cost centre", viewer("salesmgr1"));

        assertThat(process).isWaitingAt("ApproveExpense");
        Task back = task(process);
        assertThat(back.getId()).isNotEqualTo(financeTask.getId());
        assertThat(back).isAssignedTo("salesmgr1");
        assertThat(runtimeService.getVariable(process.getId(), "approvalLevel")).isEqualTo(1);
        assertThat(details(request).request().getStatus()).isEqualTo(ExpenseStatus.IN_APPROVAL);
        assertThat(details(request).steps()).extracting(ApprovalStep::getLevel, ApprovalStep::getApprover,
                        ApprovalStep::getDecision, ApprovalStep::getActedBy)
                .containsExactly(
                        tuple(1, "group:sales-manager", ApprovalDecision.APPROVE, "salesmgr1"),
                        tuple(2, "group:finance", ApprovalDecision.CANCELLED, "salesmgr1"),
                        tuple(1, "user:salesmgr1", ApprovalDecision.WITHDRAWN, "salesmgr1"),
                        tuple(1, "user:salesmgr1", ApprovalDecision.PENDING, null));

        assertThatThrownBy(() -> withdrawal.withdraw(request.getId(), null, viewer("salesmgr1")))
                .as("nothing approved to withdraw any more").isInstanceOf(AccessDeniedException.class);

        decide(process, "salesmgr1", "APPROVE", "fixed", null);
        decide(process, "finance1", "APPROVE", null, null);
        assertThat(process).isWaitingAt("PayExpense");
    }

    @Test
    void withdrawalIsRefusedOnceTheNextLevelHasActed() {
        ExpenseRequest request = submit("sales1", "SALES-N", ExpenseType.TRAVEL, "7000");
        ProcessInstance process = process(request);
        determineChain(process);
        decide(process, "salesmgr1", "APPROVE", null, null);
        decide(process, "finance1", "APPROVE", null, null);
        assertThat(process).isWaitingAt("PayExpense");

        assertThatThrownBy(() -> withdrawal.withdraw(request.getId(), null, viewer("salesmgr1")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("next level has already acted");
        assertThat(process).isWaitingAt("PayExpense");
        assertThat(details(request).request().getStatus()).isEqualTo(ExpenseStatus.APPROVED);
        assertThat(details(request).steps()).extracting(ApprovalStep::getDecision)
                .containsExactly(ApprovalDecision.APPROVE, ApprovalDecision.APPROVE);
    }

    @Test
    void lastApproverMayWithdrawWhilePaymentIsNotRecorded() {
        ExpenseRequest request = submit("sales1", "SALES-N", ExpenseType.TRAVEL, "100");
        ProcessInstance process = process(request);
        determineChain(process);
        decide(process, "salesmgr1", "APPROVE", null, null);
        assertThat(process).isWaitingAt("PayExpense");

        withdrawal.withdraw(request.getId(), null, viewer("salesmgr1"));
        assertThat(process).isWaitingAt("ApproveExpense");
        assertThat(task(process)).isAssignedTo("salesmgr1");
        assertThat(details(request).request().getStatus()).isEqualTo(ExpenseStatus.IN_APPROVAL);

        decide(process, "salesmgr1", "REJECT", "on second thought, no", null);
        assertThat(process).isWaitingAt("ReviseExpense");
    }

    @Test
    void paymentAboveTheApprovedAmountIsRefused() {
        ExpenseRequest request = submit("sales1", "SALES-N", ExpenseType.TRAVEL, "100");
        ProcessInstance process = process(request);
        determineChain(process);
        decide(process, "salesmgr1", "APPROVE", null, null);
        assertThatThrownBy(() -> pay(process, "100.01")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("paidAmount");
        assertThat(process).isWaitingAt("PayExpense");
        assertThat(details(request).record()).isNull();
    }

    // ---------------------------------------------------------------- steps, as the people who do them

    ExpenseRequest submit(String user, String department, ExpenseType type, String amount) {
        return expenses.submit(new NewExpense(department, type, new BigDecimal(amount), null,
                "Visit to customer " + user, null, null), viewer(user));
    }

    static Viewer viewer(String user) {
        return new Viewer(user, GROUPS.get(user));
    }

    private void determineChain(ProcessInstance process) {
        assertThat(driver.runJobs(process)).as("the chain is decided asynchronously").isEqualTo(1);
    }

    /** The approver's decision; a group task is claimed first, as Tasklist does. */
    private void decide(ProcessInstance process, String user, String decision, String comment, String transferTo) {
        Task task = task(process);
        Map<String, Object> variables = new HashMap<>();
        variables.put("approvalDecision", decision);
        variables.put("approvalComment", comment);
        variables.put("transferTo", transferTo);
        actAs(user, () -> {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), user);
            }
            try {
                taskService.complete(task.getId(), variables);
            } catch (RuntimeException e) {
                if (task.getAssignee() == null) {
                    taskService.setAssignee(task.getId(), null);
                }
                throw e;
            }
        });
    }

    private void claimAndComplete(ProcessInstance process, String user, Map<String, Object> variables) {
        Task task = task(process);
        actAs(user, () -> {
            taskService.claim(task.getId(), user);
            taskService.complete(task.getId(), variables);
        });
    }

    private void pay(ProcessInstance process, String amount) {
        Task task = task(process);
        driver.complete(task, "finance1", Map.of("paidAmount", Double.valueOf(amount),
                "paidOn", LocalDate.now().toString(), "paymentReference", "BANK-" + process.getBusinessKey()));
    }

    private void complete(ProcessInstance process, String user, Map<String, Object> variables) {
        Task task = task(process);
        actAs(user, () -> taskService.complete(task.getId(), variables));
    }

    private void actAs(String userId, Runnable call) {
        demoUsers.actAs(userId, call);
    }

    private ProcessInstance process(ExpenseRequest request) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(request.getProcessInstanceId())
                .singleResult();
    }

    private Task task(ProcessInstance process) {
        return taskService.createTaskQuery().processInstanceId(process.getId()).singleResult();
    }

    private ExpenseDetails details(ExpenseRequest request) {
        return queries.details(request.getId());
    }
}
