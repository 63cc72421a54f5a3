package com.relaycrm.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.relaycrm.common.Viewer;
import com.relaycrm.expense.ExpenseCommands.NewDelegation;
import com.relaycrm.expense.approval.ApprovalDelegation;
import com.relaycrm.expense.approval.ApprovalDelegationRepository;
import com.relaycrm.expense.approval.ApprovalDelegations;
import com.relaycrm.support.Api;
import com.relaycrm.support.DemoUsers;
import com.relaycrm.support.ProcessDriver;
import com.relaycrm.support.RelayProcessTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * Delegation while away (工作任务委托): tasks arriving in the window go to the substitute, held tasks move when
 * asked, recall and the end of the window give unfinished ones back, and history shows "on behalf of".
 */
@RelayProcessTest
class ApprovalDelegationTest {

    @Autowired ProcessEngine engine;
    @Autowired ApprovalDelegations delegations;
    @Autowired ApprovalDelegationRepository stored;
    @Autowired ExpenseQueries queries;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired DemoUsers demoUsers;
    @Autowired ProcessDriver driver;
    @Autowired ExpenseFixtures fixtures;
    @Autowired Api api;

    private final List<Long> made = new ArrayList<>();

    /** Delegations are global: none of this test's may outlive it. */
    @AfterEach
    void recallOwnDelegations() {
        identityService.clearAuthentication();
        made.forEach(id -> stored.findById(id).filter(d -> d.getRecalledAt() == null)
                .ifPresent(d -> delegations.recall(id, viewer(d.getDelegator()))));
        stored.findAll().stream().filter(d -> d.getRecalledAt() == null && d.getDelegator().equals("salesmgr1"))
                .forEach(d -> delegations.recall(d.getId(), viewer("salesmgr1")));
    }

    @Test
    void aGroupTaskArrivingInTheWindowMayBeTakenByTheSubstituteOnBehalfOfTheAwayMember() {
        delegate("salesmgr1", "servicemgr1", false);
        ProcessInstance process = submitted("300");
        Task task = task(process);
        assertThat(task).hasCandidateGroup("sales-manager").hasCandidateUser("servicemgr1");

        decide(process, "servicemgr1", "APPROVE");
        assertThat(process).isWaitingAt("PayExpense");
        assertThat(steps(process)).extracting(ApprovalStep::getDecision, ApprovalStep::getActedBy,
                ApprovalStep::getOnBehalfOf).containsExactly(tuple(ApprovalDecision.APPROVE, "servicemgr1", "salesmgr1"));
    }

    @Test
    void aGroupTaskWaitingWhenTheDelegationStartsIsOfferedToTheSubstituteUntilRecall() {
        ProcessInstance waiting = submitted("301");
        assertThat(task(waiting)).hasCandidateGroup("sales-manager");
        assertThat(visibleTo("servicemgr1", waiting)).isZero();

        ApprovalDelegation delegation = delegate("salesmgr1", "servicemgr1", false);
        assertThat(task(waiting)).hasCandidateUser("servicemgr1");
        assertThat(visibleTo("servicemgr1", waiting)).isOne();

        delegations.recall(delegation.getId(), viewer("salesmgr1"));
        assertThat(task(waiting)).hasCandidateGroup("sales-manager");
        assertThat(taskService.getIdentityLinksForTask(task(waiting).getId()))
                .noneMatch(link -> "servicemgr1".equals(link.getUserId()));
        assertThat(visibleTo("servicemgr1", waiting)).as("no longer offered after recall").isZero();
    }

    @Test
    void aGroupTaskTheSubstituteTookButDidNotFinishGoesBackToTheGroupOnRecall() {
        ApprovalDelegation delegation = delegate("salesmgr1", "servicemgr1", false);
        ProcessInstance arrived = submitted("302");
        Task task = task(arrived);
        actAs("servicemgr1", () -> taskService.claim(task.getId(), "servicemgr1"));
        assertThat(task(arrived)).isAssignedTo("servicemgr1");

        delegations.recall(delegation.getId(), viewer("salesmgr1"));

        assertThat(task(arrived).getAssignee()).as("back in the group's queue").isNull();
        assertThat(task(arrived)).hasCandidateGroup("sales-manager");
        assertThat(visibleTo("servicemgr1", arrived)).isZero();
        decide(arrived, "salesmgr1", "APPROVE");
        assertThat(arrived).isWaitingAt("PayExpense");
        assertThat(steps(arrived)).extracting(ApprovalStep::getActedBy, ApprovalStep::getOnBehalfOf)
                .containsExactly(tuple("salesmgr1", null));
    }

    @Test
    void aNamedTaskArrivingInTheWindowGoesToTheSubstituteWithTheApproverAsOwner() {
        delegate("finance1", "demo", false);
        ProcessInstance process = submitted("310");
        decide(process, "salesmgr1", "TRANSFER", "transferTo", "finance1");

        Task task = task(process);
        assertThat(task).isAssignedTo("demo");
        assertThat(task.getOwner()).isEqualTo("finance1");
        decide(process, "demo", "APPROVE");
        assertThat(steps(process)).extracting(ApprovalStep::getApprover, ApprovalStep::getActedBy,
                        ApprovalStep::getOnBehalfOf)
                .containsExactly(tuple("group:sales-manager", "salesmgr1", null),
                        tuple("user:finance1", "demo", "finance1"));
    }

    @Test
    void heldTasksMoveToTheSubstituteAndComeBackOnRecall() {
        ProcessInstance process = submitted("320");
        Task task = task(process);
        actAs("salesmgr1", () -> taskService.claim(task.getId(), "salesmgr1"));

        ApprovalDelegation delegation = delegate("salesmgr1", "servicemgr1", true);
        assertThat(task(process)).isAssignedTo("servicemgr1");
        assertThat(task(process).getOwner()).isEqualTo("salesmgr1");

        delegations.recall(delegation.getId(), viewer("salesmgr1"));
        assertThat(task(process)).isAssignedTo("salesmgr1");
        assertThat(task(process).getOwner()).isNull();
        assertThat(stored.findById(delegation.getId()).orElseThrow().getReturnedAt()).isNotNull();
        assertThat(delegations.substituteOf("salesmgr1", Instant.now())).isEmpty();
    }

    @Test
    void atTheEndOfTheWindowUnfinishedDelegatedTasksReturn() {
        ProcessInstance process = submitted("330");
        Task task = task(process);
        actAs("salesmgr1", () -> taskService.claim(task.getId(), "salesmgr1"));
        ApprovalDelegation delegation = delegate("salesmgr1", "servicemgr1", true);
        assertThat(task(process)).isAssignedTo("servicemgr1");

        delegations.returnEnded(Instant.now());
        assertThat(task(process)).as("window still open").isAssignedTo("servicemgr1");
        delegations.returnEnded(delegation.getEndsAt().plusSeconds(1));
        assertThat(task(process)).isAssignedTo("salesmgr1");
        assertThat(task(process).getOwner()).isNull();
    }

    @Test
    void tasklistStartFormDelegatesAndRecallsAsTheUserStartingIt() {
        String lastDay = java.time.LocalDate.now().plusDays(1).toString();
        ProcessInstance set = startAs("salesmgr1", Map.of("delegationAction", "DELEGATE", "substitute", "servicemgr1",
                "delegateUntil", lastDay, "moveExisting", false));
        assertThat(set).isEnded().hasPassed("ApplyDelegation");
        ApprovalDelegation delegation = stored.findById(((Number) engine.getHistoryService()
                .createHistoricVariableInstanceQuery().processInstanceId(set.getId()).variableName("delegationId")
                .singleResult().getValue()).longValue()).orElseThrow();
        made.add(delegation.getId());
        assertThat(delegation.getDelegator()).isEqualTo("salesmgr1");
        assertThat(delegation.getSubstitute()).isEqualTo("servicemgr1");
        assertThat(delegation.getEndsAt()).isAfter(Instant.now().plus(Duration.ofDays(1)))
                .isBefore(Instant.now().plus(Duration.ofDays(2).plusHours(1)));
        assertThat(delegations.substituteOf("salesmgr1", Instant.now())).contains("servicemgr1");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> startAs("salesmgr1", Map.of("delegationAction",
                "DELEGATE", "substitute", "nobody-at-all", "delegateUntil", lastDay)))
                .hasMessageContaining("substitute");

        startAs("salesmgr1", Map.of("delegationAction", "RECALL"));
        assertThat(delegations.substituteOf("salesmgr1", Instant.now())).isEmpty();
        assertThat(stored.findById(delegation.getId()).orElseThrow().getRecalledAt()).isNotNull();
    }

    private ProcessInstance startAs(String user, Map<String, Object> variables) {
        identityService.setAuthentication(user, ExpenseApprovalProcessTest.GROUPS.get(user));
        try {
            return runtimeService.startProcessInstanceByKey("approval-delegation", variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void restApiValidatesAndOnlyTheDelegatorMayRecall() {
        String until = OffsetDateTime.now().plusDays(3).toString();
        assertField(api.post("salesmgr1", "/api/approval-delegations",
                "{\"substitute\":\"nobody-at-all\",\"until\":\"" + until + "\"}"), "substitute");
        assertField(api.post("salesmgr1", "/api/approval-delegations",
                "{\"substitute\":\"salesmgr1\",\"until\":\"" + until + "\"}"), "substitute");
        assertField(api.post("salesmgr1", "/api/approval-delegations",
                "{\"substitute\":\"servicemgr1\",\"from\":\"" + until + "\",\"until\":\"" + until + "\"}"), "until");
        assertField(api.post("salesmgr1", "/api/approval-delegations", "{\"substitute\":\"servicemgr1\"}"), "until");

        ResponseEntity<Map<String, Object>> created = api.post("salesmgr1", "/api/approval-delegations",
                "{\"substitute\":\"servicemgr1\",\"until\":\"" + until + "\"}");
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        long id = ((Number) created.getBody().get("id")).longValue();
        made.add(id);
        assertThat(api.get("salesmgr1", "/api/approval-delegations").getBody()).contains("\"substitute\":\"servicemgr1\"");
        assertThat(api.post("servicemgr1", "/api/approval-delegations/" + id + "/recall", "{}").getStatusCode().value())
                .isEqualTo(404);
        assertThat(api.post("salesmgr1", "/api/approval-delegations/" + id + "/recall", "{}").getStatusCode().value())
                .isEqualTo(200);
        assertThat(stored.findById(id).orElseThrow().getRecalledAt()).isNotNull();
    }

    @SuppressWarnings("unchecked")
    private static void assertField(ResponseEntity<Map<String, Object>> response, String field) {
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(((List<Map<String, String>>) response.getBody().get("fields")).stream().map(f -> f.get("field")))
                .contains(field);
    }

    private ApprovalDelegation delegate(String user, String substitute, boolean moveExisting) {
        ApprovalDelegation delegation = delegations.delegate(new NewDelegation(substitute, null,
                OffsetDateTime.now().plus(Duration.ofDays(2)), moveExisting), viewer(user));
        made.add(delegation.getId());
        return delegation;
    }

    private ProcessInstance submitted(String amount) {
        ExpenseRequest request = fixtures.travel(amount, "Delegation trip " + amount);
        return runtimeService.createProcessInstanceQuery().processInstanceId(request.getProcessInstanceId())
                .singleResult();
    }

    private void decide(ProcessInstance process, String user, String decision, String... more) {
        Task task = task(process);
        Map<String, Object> variables = new HashMap<>(Map.of("approvalDecision", decision));
        for (int i = 0; i + 1 < more.length; i += 2) {
            variables.put(more[i], more[i + 1]);
        }
        driver.complete(task, user, variables);
    }

    private void actAs(String user, Runnable call) {
        demoUsers.actAs(user, call);
    }

    private static Viewer viewer(String user) {
        return ExpenseApprovalProcessTest.viewer(user);
    }

    /** How many of the process's tasks the user finds in their task queries (as Tasklist asks). */
    private long visibleTo(String user, ProcessInstance process) {
        return demoUsers.actAs(user, () -> taskService.createTaskQuery().processInstanceId(process.getId())
                .or().taskCandidateUser(user).taskAssignee(user).endOr().count());
    }

    private Task task(ProcessInstance process) {
        return taskService.createTaskQuery().processInstanceId(process.getId()).singleResult();
    }

    private List<ApprovalStep> steps(ProcessInstance process) {
        long requestId = ((Number) runtimeService.getVariable(process.getId(), "expenseRequestId")).longValue();
        return queries.details(requestId).steps();
    }
}
