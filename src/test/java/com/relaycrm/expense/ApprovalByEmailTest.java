package com.relaycrm.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaycrm.expense.approval.ApprovalToken;
import com.relaycrm.expense.approval.ApprovalTokenRepository;
import com.relaycrm.expense.approval.ApprovalTokens;
import com.relaycrm.support.Api;
import com.relaycrm.support.ProcessDriver;
import com.relaycrm.support.RelayProcessTest;
import com.relaycrm.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Approval from email (邮件审批) against a real SMTP server (GreenMail on spring.mail.port): the approver gets
 * Approve / Reject links of their own; opening a link only shows a confirmation page; confirming decides as the
 * approver, once; replayed, expired, forged, tampered links and links of tasks that are done or no longer the
 * approver's are refused with 4xx and change nothing.
 */
@RelayProcessTest
class ApprovalByEmailTest {

    @Autowired ExpenseFixtures fixtures;

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.smtp());

    static final String SALESMGR1 = "salesmgr1@relaycrm.example.com";

    @Autowired ProcessEngine engine;
    @Autowired ExpenseService expenses;
    @Autowired ExpenseQueries queries;
    @Autowired ApprovalTokenRepository tokens;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;
    @Autowired Api api;
    @Autowired ProcessDriver driver;

    @Test
    void approverGetsLinksAndGetOnlyShowsAConfirmationWhilePostApprovesOnce() throws Exception {
        ExpenseRequest request = submitted("700");
        ProcessInstance process = process(request);

        List<MimeMessage> mails = ApprovalMessages.to(GREEN_MAIL, SALESMGR1, request.getRequestNumber(), 1);
        assertThat(mails).hasSize(1);
        String text = ApprovalMessages.part(mails.get(0), "text/plain");
        String html = ApprovalMessages.part(mails.get(0), "text/html");
        assertThat(text).contains(request.getRequestNumber(), "700.00 CNY", request.getPurpose());
        List<String> links = ApprovalMessages.tokens(text);
        assertThat(links).hasSize(2);
        assertThat(ApprovalMessages.tokens(html)).containsExactlyElementsOf(links);
        String approve = links.get(0);
        String reject = links.get(1);

        Task task = task(process);
        assertThat(tokens.findByTaskId(task.getId())).extracting(ApprovalToken::getApprover).containsOnly("salesmgr1");
        assertThat(jdbc.queryForObject("select count(*) from approval_token where token_hash = ?", Integer.class, approve))
                .as("the token itself is never stored").isZero();
        assertThat(jdbc.queryForObject("select count(*) from approval_token where token_hash = ?", Integer.class,
                ApprovalTokens.hash(approve))).isEqualTo(1);

        ResponseEntity<String> page = rest.getForEntity("/approval/" + approve, String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("Approve expense request " + request.getRequestNumber(), "<form method=\"post\"");
        assertThat(page.getHeaders().getCacheControl()).contains("no-store");
        rest.getForEntity("/approval/" + approve, String.class);
        assertThat(process).as("GET never acts").isWaitingAt("ApproveExpense");
        assertThat(task(process).getId()).isEqualTo(task.getId());

        ResponseEntity<String> done = post(approve, "Fine by me");
        assertThat(done.getStatusCode().value()).isEqualTo(200);
        assertThat(done.getBody()).contains("You have approved expense request " + request.getRequestNumber());
        assertThat(process).isWaitingAt("PayExpense");
        assertThat(queries.details(request.getId()).steps()).singleElement().satisfies(step -> {
            assertThat(step.getDecision()).isEqualTo(ApprovalDecision.APPROVE);
            assertThat(step.getActedBy()).isEqualTo("salesmgr1");
            assertThat(step.getComment()).isEqualTo("Fine by me");
        });

        assertThat(post(approve, "again").getStatusCode().value()).as("replayed").isEqualTo(410);
        assertThat(rest.getForEntity("/approval/" + approve, String.class).getBody()).contains("already been used");
        ResponseEntity<String> late = post(reject, "changed my mind");
        assertThat(late.getStatusCode().value()).as("task already done").isEqualTo(409);
        assertThat(late.getBody()).contains("already been decided");
        assertThat(process).isWaitingAt("PayExpense");
        assertThat(queries.details(request.getId()).request().getStatus()).isEqualTo(ExpenseStatus.APPROVED);
    }

    @Test
    void rejectingByLinkNeedsAReasonAndSendsTheRequestBack() throws Exception {
        ExpenseRequest request = submitted("650");
        ProcessInstance process = process(request);
        List<String> links = ApprovalMessages.tokens(ApprovalMessages.part(
                ApprovalMessages.to(GREEN_MAIL, SALESMGR1, request.getRequestNumber(), 1).get(0), "text/plain"));
        String reject = links.get(1);

        assertThat(rest.getForEntity("/approval/" + reject, String.class).getBody())
                .contains("Reject expense request", "required");
        ResponseEntity<String> noReason = post(reject, " ");
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(process).isWaitingAt("ApproveExpense");

        assertThat(post(reject, "No receipts attached").getStatusCode().value()).as("the token was not used up")
                .isEqualTo(200);
        assertThat(process).isWaitingAt("ReviseExpense");
        assertThat(queries.details(request.getId()).steps()).singleElement().satisfies(step -> {
            assertThat(step.getDecision()).isEqualTo(ApprovalDecision.REJECT);
            assertThat(step.getComment()).isEqualTo("No receipts attached");
        });
    }

    @Test
    void forgedTamperedAndExpiredLinksAreRefusedAndChangeNothing() throws Exception {
        ExpenseRequest request = submitted("640");
        ProcessInstance process = process(request);
        String approve = ApprovalMessages.tokens(ApprovalMessages.part(
                ApprovalMessages.to(GREEN_MAIL, SALESMGR1, request.getRequestNumber(), 1).get(0), "text/plain")).get(0);

        String tampered = (approve.charAt(0) == 'A' ? "B" : "A") + approve.substring(1);
        for (String bad : List.of(tampered, "A".repeat(43), "not-a-token", approve + "x")) {
            assertThat(rest.getForEntity("/approval/" + bad, String.class).getStatusCode().value()).as(bad).isEqualTo(404);
            assertThat(post(bad, "x").getStatusCode().value()).as(bad).isEqualTo(404);
        }
        assertThat(process).isWaitingAt("ApproveExpense");

        jdbc.update("update approval_token set expires_at = ? where token_hash = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), ApprovalTokens.hash(approve));
        ResponseEntity<String> expired = post(approve, "too late");
        assertThat(expired.getStatusCode().value()).isEqualTo(410);
        assertThat(expired.getBody()).contains("expired");
        assertThat(rest.getForEntity("/approval/" + approve, String.class).getStatusCode().value()).isEqualTo(410);
        assertThat(process).isWaitingAt("ApproveExpense");
        assertThat(queries.details(request.getId()).steps()).extracting(ApprovalStep::getDecision)
                .containsExactly(ApprovalDecision.PENDING);
    }

    @Test
    void afterATransferTheOldApproversLinkIsRefusedAndTheNewApproverGetsTheirOwn() throws Exception {
        ExpenseRequest request = submitted("630");
        ProcessInstance process = process(request);
        String oldApprove = ApprovalMessages.tokens(ApprovalMessages.part(
                ApprovalMessages.to(GREEN_MAIL, SALESMGR1, request.getRequestNumber(), 1).get(0), "text/plain")).get(0);

        Task task = task(process);
        identityService.setAuthentication("salesmgr1", List.of("sales-manager", "sales"));
        try {
            taskService.claim(task.getId(), "salesmgr1");
            taskService.complete(task.getId(), Map.of("approvalDecision", "TRANSFER", "transferTo", "servicemgr1"));
        } finally {
            identityService.clearAuthentication();
        }

        ResponseEntity<String> refused = post(oldApprove, "ok");
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(task(process).getAssignee()).isEqualTo("servicemgr1");

        List<MimeMessage> forNewApprover = ApprovalMessages.to(GREEN_MAIL, "servicemgr1@relaycrm.example.com",
                request.getRequestNumber(), 1);
        assertThat(forNewApprover).hasSize(1);
        String newApprove = ApprovalMessages.tokens(ApprovalMessages.part(forNewApprover.get(0), "text/plain")).get(0);
        assertThat(post(newApprove, null).getStatusCode().value()).isEqualTo(200);
        assertThat(process).isWaitingAt("PayExpense");
        assertThat(queries.details(request.getId()).steps()).extracting(ApprovalStep::getDecision, ApprovalStep::getActedBy)
                .containsExactly(org.assertj.core.api.Assertions.tuple(ApprovalDecision.TRANSFER, "salesmgr1"),
                        org.assertj.core.api.Assertions.tuple(ApprovalDecision.APPROVE, "servicemgr1"));
    }

    @Test
    void aLinkOfSomeoneTheTaskWasTakenFromIsRefusedAndTheNewAssigneeIsEmailed() throws Exception {
        ExpenseRequest request = submitted("620");
        ProcessInstance process = process(request);
        String approve = ApprovalMessages.tokens(ApprovalMessages.part(
                ApprovalMessages.to(GREEN_MAIL, SALESMGR1, request.getRequestNumber(), 1).get(0), "text/plain")).get(0);
        Task task = task(process);
        taskService.setAssignee(task.getId(), "demo");

        ResponseEntity<String> refused = post(approve, "ok");
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody()).contains("no longer assigned to you");
        assertThat(process).isWaitingAt("ApproveExpense");
        assertThat(task(process).getAssignee()).isEqualTo("demo");
        assertThat(ApprovalMessages.to(GREEN_MAIL, "demo@relaycrm.example.com", request.getRequestNumber(), 1))
                .hasSize(1);
    }

    @Test
    void aCommentLongerThanItsColumnIsRefusedWithAReadablePageAndTheLinkStaysUsable() throws Exception {
        ExpenseRequest request = submitted("655");
        ProcessInstance process = process(request);
        String reject = ApprovalMessages.tokens(ApprovalMessages.part(
                ApprovalMessages.to(GREEN_MAIL, SALESMGR1, request.getRequestNumber(), 1).get(0), "text/plain")).get(1);

        ResponseEntity<String> tooLong = post(reject, "x".repeat(2_500));
        assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
        assertThat(tooLong.getBody()).contains("2500 characters", "2000").doesNotContainIgnoringCase("sql")
                .doesNotContainIgnoringCase("comment_text");
        assertThat(process).isWaitingAt("ApproveExpense");
        assertThat(queries.details(request.getId()).request().getStatus()).isEqualTo(ExpenseStatus.IN_APPROVAL);

        assertThat(post(reject, "x".repeat(2_000)).getStatusCode().value()).as("the longest comment that fits")
                .isEqualTo(200);
        assertThat(process).isWaitingAt("ReviseExpense");
    }

    @Test
    void approvalPagesNeedNoLoginButTheApiStillDoes() {
        assertThat(rest.getForEntity("/approval/" + "Z".repeat(43), String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(api.get(null, "/api/expenses").getStatusCode().value()).isIn(401, 403);
    }

    private ExpenseRequest submitted(String amount) {
        return fixtures.travel(amount, "Customer visit by train " + amount);
    }

    private ResponseEntity<String> post(String token, String comment) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        if (comment != null) {
            form.add("comment", comment);
        }
        return rest.postForEntity("/approval/" + token, new HttpEntity<>(form, headers), String.class);
    }

    private ProcessInstance process(ExpenseRequest request) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(request.getProcessInstanceId())
                .singleResult();
    }

    private Task task(ProcessInstance process) {
        return taskService.createTaskQuery().processInstanceId(process.getId()).singleResult();
    }
}
