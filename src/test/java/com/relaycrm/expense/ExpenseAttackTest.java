package com.relaycrm.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.Timeline;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.expense.ExpenseCommands.NewDelegation;
import com.relaycrm.expense.ExpenseCommands.NewExpense;
import com.relaycrm.expense.approval.ApprovalDelegation;
import com.relaycrm.expense.approval.ApprovalDelegations;
import com.relaycrm.expense.approval.ApprovalToken;
import com.relaycrm.expense.approval.ApprovalTokenRepository;
import com.relaycrm.expense.process.ExpenseApprovalProcess;
import com.relaycrm.support.Api;
import com.relaycrm.support.DemoUsers;
import com.relaycrm.support.EngineRestAttacks;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.ProcessDriver;
import com.relaycrm.support.RelayProcessTest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * Issue #11, expenses: an approver widening the chain with an extra variable, a request raised on another
 * department's chain, requesters approving or paying their own request (as group member, transferee, substitute or
 * delegate), a PAID request bound to a new process, and a link to a record the requester cannot see. Each is refused
 * with the request unchanged; the legitimate path still works.
 */
@RelayProcessTest
class ExpenseAttackTest {

    @Autowired ExpenseFixtures expenseFixtures;

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired ExpenseService expenses;
    @Autowired ExpenseQueries queries;
    @Autowired ApprovalDelegations delegations;
    @Autowired ApprovalTokenRepository tokens;
    @Autowired EngineRestAttacks attacks;
    @Autowired Fixtures fixtures;
    @Autowired Api api;
    @Autowired FilterService filterService;
    @Autowired DemoUsers demoUsers;
    @Autowired ProcessDriver driver;

    @Test
    void anExtraApprovalChainVariableIsRefusedOverRestAndIgnoredPastTheGuard() {
        ExpenseRequest request = submitted("sales1", "SALES-N", "25000");
        Task first = task(request);

        ResponseEntity<String> widened = attacks.completeOverRest("salesmgr1", first.getId(), Map.of(
                "approvalDecision", "APPROVE", "approvalChain", "group:sales-manager"));
        assertThat(widened.getStatusCode().value()).isEqualTo(400);
        assertThat(widened.getBody()).contains("Approval chain", "cannot be changed");
        assertThat(process(request)).isWaitingAt("ApproveExpense");
        assertThat(status(request)).isEqualTo(ExpenseStatus.IN_APPROVAL);

        // even a completion the engine lets through carries no weight: the chain is the one stored on the request
        taskService.claim(first.getId(), "salesmgr1");
        attacks.completeAs("salesmgr1", first.getId(), Map.of("approvalDecision", "APPROVE",
                "approvalChain", "group:sales-manager", "approvalLevel", 3, "approvalLevels", 1));
        assertThat(status(request)).isEqualTo(ExpenseStatus.IN_APPROVAL);
        assertThat(process(request)).isWaitingAt("ApproveExpense");
        assertThat(taskService.getIdentityLinksForTask(task(request).getId()))
                .anyMatch(link -> "finance".equals(link.getGroupId()));
        assertThat(queries.details(request.getId()).steps()).extracting(ApprovalStep::getLevel).contains(1, 2);
    }

    @Test
    void aRequestIsRaisedOnlyOnOneOfTheRequestersDepartments() {
        ResponseEntity<Map<String, Object>> elsewhere = api.post("finance1", "/api/expenses",
                "{\"departmentCode\":\"SALES-N\",\"type\":\"TRAVEL\",\"amount\":900,\"purpose\":\"trip\"}");
        assertThat(elsewhere.getStatusCode().value()).isEqualTo(400);
        assertThat(elsewhere.getBody().get("fields").toString()).contains("departmentCode", "FINANCE");

        ResponseEntity<Map<String, Object>> own = api.post("finance1", "/api/expenses",
                "{\"departmentCode\":\"FINANCE\",\"type\":\"TRAVEL\",\"amount\":900,\"purpose\":\"trip\"}");
        assertThat(own.getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void aManagersOwnRequestGoesToTheAdministratorsAndTheManagerCannotDecideIt() {
        ExpenseRequest request = submitted("salesmgr1", "SALES-N", "800");
        assertThat(queries.details(request.getId()).request().getApprovalChain()).isEqualTo("group:admin");
        Task task = task(request);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).taskCandidateUser("salesmgr1").count()).isZero();

        attacks.handTo(task.getId(), "demo");
        assertThatThrownBy(() -> attacks.completeAs("salesmgr1", task.getId(), Map.of("approvalDecision", "APPROVE")))
                .isInstanceOf(RuntimeException.class);
        assertThat(status(request)).isEqualTo(ExpenseStatus.IN_APPROVAL);

        decide(request, "demo", "APPROVE", null);
        assertThat(status(request)).isEqualTo(ExpenseStatus.APPROVED);
    }

    @Test
    void theRequesterNeverHoldsTheirOwnApprovalByClaimTransferOrDelegation() {
        ExpenseRequest request = submitted("sales1", "SALES-N", "700");
        Task task = task(request);

        assertThatThrownBy(() -> taskService.claim(task.getId(), "sales1"))
                .hasMessageContaining("nobody approves or pays their own request");
        ResponseEntity<String> assign = api.postForText("salesmgr1", "/engine-rest/task/" + task.getId() + "/assignee",
                "{\"userId\":\"sales1\"}");
        assertThat(assign.getStatusCode().value()).isEqualTo(403);
        assertThat(assign.getBody()).contains("nobody approves or pays their own request");
        taskService.claim(task.getId(), "salesmgr1");
        ResponseEntity<String> delegate = api.postForText("salesmgr1", "/engine-rest/task/" + task.getId() + "/delegate",
                "{\"userId\":\"sales1\"}");
        assertThat(delegate.getStatusCode().value()).isEqualTo(403);
        assertThatThrownBy(() -> decide(request, "salesmgr1", "TRANSFER", "sales1"))
                .hasMessageContaining("transferTo: sales1 raised this request and cannot approve it");

        assertThat(task(request).getAssignee()).isEqualTo("salesmgr1");
        assertThat(status(request)).isEqualTo(ExpenseStatus.IN_APPROVAL);
        decide(request, "salesmgr1", "APPROVE", null);
        assertThat(status(request)).isEqualTo(ExpenseStatus.APPROVED);
    }

    @Test
    void aRequestersSubstituteRoleNeverReachesTheirOwnRequest() {
        ExpenseRequest request = submitted("sales1", "SALES-N", "710");
        Task task = task(request);
        taskService.claim(task.getId(), "salesmgr1");

        ApprovalDelegation delegation = delegations.delegate(new NewDelegation("sales1", null,
                OffsetDateTime.now().plusDays(3), true), new Viewer("salesmgr1", List.of("sales-manager", "sales")));
        assertThat(task(request).getAssignee()).as("stays with the delegator").isEqualTo("salesmgr1");
        assertThat(taskService.createTaskQuery().taskAssignee("sales1").taskId(task.getId()).count()).isZero();

        ExpenseRequest another = submitted("sales1", "SALES-N", "720");
        assertThat(taskService.createTaskQuery().taskId(task(another).getId()).taskCandidateUser("sales1").count())
                .as("a new group task is not offered to the away member's substitute who raised it").isZero();
        delegations.recall(delegation.getId(), new Viewer("salesmgr1", List.of("sales-manager", "sales")));
    }

    @Test
    void financeNeverApprovesOrPaysItsOwnRequestTheOtherFinanceMemberDoes() {
        ExpenseRequest request = submitted("finance1", "FINANCE", "1500");
        Task approval = task(request);
        assertThat(taskService.createTaskQuery().taskId(approval.getId()).taskCandidateUser("finance1").count())
                .isZero();
        assertThat(taskService.createTaskQuery().taskId(approval.getId()).taskCandidateUser("finance2").count())
                .isOne();
        assertThat(tokens.findByTaskId(approval.getId())).extracting(ApprovalToken::getApprover)
                .as("approval links only to the others").doesNotContain("finance1").contains("finance2");

        assertThat(groupTasks("finance2")).as("Tasklist's My group tasks").contains(approval.getId());
        assertThat(groupTasks("finance1")).doesNotContain(approval.getId());

        decide(request, "finance2", "APPROVE", null);
        assertThat(process(request)).isWaitingAt("PayExpense");
        Task payment = task(request);
        assertThat(taskService.createTaskQuery().taskId(payment.getId()).taskCandidateUser("finance1").count()).isZero();
        assertThatThrownBy(() -> taskService.claim(payment.getId(), "finance1"))
                .hasMessageContaining("nobody approves or pays their own request");

        Map<String, Object> paid = Map.of("paidAmount", 1500.0, "paymentReference", "BANK-1");
        taskService.setAssignee(payment.getId(), "finance2");
        assertThatThrownBy(() -> attacks.completeAs("finance1", payment.getId(), paid))
                .isInstanceOf(RuntimeException.class);
        assertThat(status(request)).isEqualTo(ExpenseStatus.APPROVED);
        assertThat(queries.details(request.getId()).record()).isNull();

        attacks.completeAs("finance2", payment.getId(), paid);
        assertThat(status(request)).isEqualTo(ExpenseStatus.PAID);
        assertThat(queries.details(request.getId()).record().getRecordedBy()).isEqualTo("finance2");
    }

    @Test
    void aPaidRequestCannotBeBoundToANewProcess() {
        ExpenseRequest request = submitted("sales1", "SALES-N", "300");
        decide(request, "salesmgr1", "APPROVE", null);
        Task payment = task(request);
        taskService.claim(payment.getId(), "finance1");
        attacks.completeAs("finance1", payment.getId(), Map.of("paidAmount", 300.0));
        assertThat(status(request)).isEqualTo(ExpenseStatus.PAID);

        ResponseEntity<String> overRest = attacks.startOverRest("sales2", ExpenseApprovalProcess.KEY,
                Map.of("expenseRequestId", request.getId()));
        assertThat(overRest.getStatusCode().value()).isEqualTo(400);
        assertThat(overRest.getBody()).contains("expenseRequestId").doesNotContain("Visit");
        assertThatThrownBy(() -> attacks.startPastTheGuard("sales2", ExpenseApprovalProcess.KEY,
                Map.of("expenseRequestId", request.getId()))).isInstanceOf(AccessDeniedException.class);
        assertThat(status(request)).isEqualTo(ExpenseStatus.PAID);
        assertThat(queries.details(request.getId()).request().getProcessInstanceId())
                .isEqualTo(request.getProcessInstanceId());
    }

    @Test
    void aRequestLinksOnlyToARecordTheRequesterMaySee() {
        Customer others = fixtures.customer(MemberTier.NONE, "sales2");
        Customer own = fixtures.customer(MemberTier.NONE, "sales1");
        ResponseEntity<Map<String, Object>> hidden = api.post("sales1", "/api/expenses", link(others.getId()));
        assertThat(hidden.getStatusCode().value()).isEqualTo(400);
        assertThat(hidden.getBody().get("fields").toString()).contains("linkId");
        assertThat(api.post("sales1", "/api/expenses", link(own.getId())).getStatusCode().value()).isEqualTo(201);
        assertThat(api.post("sales1", "/api/expenses", "{\"departmentCode\":\"SALES-N\",\"type\":\"OTHER\","
                + "\"amount\":10,\"purpose\":\"p\",\"linkType\":\"WORK_ORDER\",\"linkId\":1}").getStatusCode().value())
                .as("a sales rep sees no work order").isEqualTo(400);
    }

    @Test
    void aRequestLinkedToACustomerIsListedThereForItsRequesterItsApproverAndFinanceOnly() {
        Customer own = fixtures.customer(MemberTier.NONE, "sales1");
        ExpenseRequest request = expenses.submit(new NewExpense("SALES-N", ExpenseType.ENTERTAINMENT,
                new BigDecimal("120"), null, "Lunch with the buyer", LinkType.CUSTOMER, own.getId()),
                new Viewer("sales1", List.of("sales")));
        driver.runJobs(request.getProcessInstanceId());
        assertThat(queries.details(request.getId()).steps()).extracting(ApprovalStep::getApprover)
                .as("the first level is the sales managers'").containsExactly("group:sales-manager");

        for (Viewer viewer : List.of(new Viewer("sales1", List.of("sales")),
                new Viewer("salesmgr1", List.of("sales-manager", "sales")), new Viewer("finance1", List.of("finance")))) {
            assertThat(queries.linkedTo(LinkType.CUSTOMER, own.getId(), viewer, 100)).as(viewer.userId())
                    .extracting(ExpenseRequest::getId).containsExactly(request.getId());
            assertThat(queries.linkedBefore(LinkType.CUSTOMER, own.getId(), Timeline.Cursor.START.at(),
                    Long.MAX_VALUE, viewer, 10)).as(viewer.userId()).extracting(ExpenseRequest::getId)
                    .containsExactly(request.getId());
        }
        for (Viewer viewer : List.of(new Viewer("sales2", List.of("sales")), Fixtures.SERVICE1)) {
            assertThat(queries.linkedTo(LinkType.CUSTOMER, own.getId(), viewer, 100)).as(viewer.userId()).isEmpty();
            assertThat(queries.linkedBefore(LinkType.CUSTOMER, own.getId(), Timeline.Cursor.START.at(),
                    Long.MAX_VALUE, viewer, 10)).as(viewer.userId()).isEmpty();
        }
    }

    @Test
    void aLevelWithNobodyButTheRequesterStopsAsAReadableIncident() {
        ExpenseRequest request = expenses.submit(new NewExpense("HQ", ExpenseType.OTHER, new BigDecimal("25000"), null,
                "New office chairs", null, null), new Viewer("demo", List.of("camunda-admin", "admin")));
        Job job = managementService.createJobQuery().processInstanceId(request.getProcessInstanceId()).singleResult();
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                managementService.executeJob(job.getId());
            } catch (RuntimeException expected) {
                // retried by the engine three times, then an incident
            }
        }
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(request.getProcessInstanceId())
                .singleResult();
        assertThat(incident.getIncidentMessage()).contains("group:admin", "nobody but the requester demo");
        assertThat(status(request)).isNotEqualTo(ExpenseStatus.APPROVED);
    }

    /** The task ids of Tasklist's "My group tasks" filter as the user lists it. */
    private List<String> groupTasks(String user) {
        String filterId = filterService.createTaskFilterQuery().filterName("My group tasks / 我的组任务").singleResult().getId();
        return demoUsers.actAs(user, () -> filterService.<Task>list(filterId).stream().map(Task::getId).toList());
    }

    private static String link(long customerId) {
        return "{\"departmentCode\":\"SALES-N\",\"type\":\"ENTERTAINMENT\",\"amount\":120,\"purpose\":\"lunch\","
                + "\"linkType\":\"CUSTOMER\",\"linkId\":" + customerId + "}";
    }

    private ExpenseRequest submitted(String user, String department, String amount) {
        return expenseFixtures.submitted(user, department, ExpenseType.TRAVEL, amount, "Visit to customer by " + user);
    }

    /** The decision as the approver makes it in Tasklist (a group task claimed first). */
    private void decide(ExpenseRequest request, String user, String decision, String transferTo) {
        Task task = task(request);
        if (task.getAssignee() == null) {
            taskService.claim(task.getId(), user);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("approvalDecision", decision);
        variables.put("transferTo", transferTo);
        attacks.completeAs(user, task.getId(), variables);
    }

    private ExpenseStatus status(ExpenseRequest request) {
        return queries.details(request.getId()).request().getStatus();
    }

    private ProcessInstance process(ExpenseRequest request) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(request.getProcessInstanceId())
                .singleResult();
    }

    private Task task(ExpenseRequest request) {
        return taskService.createTaskQuery().processInstanceId(request.getProcessInstanceId()).singleResult();
    }
}
