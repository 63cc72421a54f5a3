package com.relaycrm.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.relaycrm.expense.approval.ImapSettings;
import com.relaycrm.expense.approval.ReplyApprovals;
import com.relaycrm.support.RelayProcessTest;
import com.relaycrm.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.regex.Matcher;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Approval by reply against real SMTP and IMAP servers (GreenMail): the approver's reply whose first word decides
 * completes the task; a spoofed sender, an unrelated mail, an undecided reply and a replayed reply change nothing.
 */
@RelayProcessTest
class ApprovalByReplyTest {

    @Autowired ExpenseFixtures fixtures;

    static final String MAILBOX = "approvals@relaycrm.example.com";

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(new ServerSetup[] {
            TestMail.smtp(),
            TestMail.imap()});

    static final ImapSettings IMAP = new ImapSettings(true, "imap", "localhost", TestMail.IMAP_PORT, "approvals", "secret", "INBOX",
            MAILBOX, Duration.ofMinutes(1));

    @Autowired ProcessEngine engine;
    @Autowired ExpenseService expenses;
    @Autowired ExpenseQueries queries;
    @Autowired ReplyApprovals replies;
    @Autowired RuntimeService runtimeService;

    @BeforeEach
    void mailbox() {
        GREEN_MAIL.setUser(MAILBOX, "approvals", "secret");
    }

    @Test
    void theApproversReplyApprovesWithTheRestOfTheFirstParagraphAsComment() throws Exception {
        ExpenseRequest request = submitted("510");
        MimeMessage mail = ApprovalMessages.to(GREEN_MAIL, ApprovalByEmailTest.SALESMGR1, request.getRequestNumber(), 1)
                .get(0);
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo(MAILBOX);

        reply("salesmgr1@relaycrm.example.com", "Re: " + mail.getSubject(),
                "Approve, the customer is worth it.\nSee you Monday.\n\n> Hello Zhao Lei,\n> REJECT\n");
        assertThat(replies.pollOnce(IMAP)).isEqualTo(1);

        ProcessInstance process = process(request);
        assertThat(process).isWaitingAt("PayExpense");
        assertThat(queries.details(request.getId()).steps()).singleElement().satisfies(step -> {
            assertThat(step.getDecision()).isEqualTo(ApprovalDecision.APPROVE);
            assertThat(step.getActedBy()).isEqualTo("salesmgr1");
            assertThat(step.getComment()).isEqualTo("the customer is worth it. See you Monday.");
        });

        reply("salesmgr1@relaycrm.example.com", "Re: " + mail.getSubject(), "REJECT after all");
        assertThat(replies.pollOnce(IMAP)).as("a replayed reference is ignored").isZero();
        assertThat(process).isWaitingAt("PayExpense");
    }

    @Test
    void chineseRejectionWorksAndSpoofedUnrelatedOrUndecidedMailIsIgnored() throws Exception {
        ExpenseRequest request = submitted("520");
        MimeMessage mail = ApprovalMessages.to(GREEN_MAIL, ApprovalByEmailTest.SALESMGR1, request.getRequestNumber(), 1)
                .get(0);
        ProcessInstance process = process(request);

        reply("mallory@example.org", "Re: " + mail.getSubject(), "APPROVE");
        reply("salesmgr1@relaycrm.example.com", "Lunch?", "APPROVE of course");
        reply("salesmgr1@relaycrm.example.com", "Re: " + mail.getSubject(), "Let me think about it");
        assertThat(replies.pollOnce(IMAP)).isZero();
        assertThat(process).isWaitingAt("ApproveExpense");
        assertThat(queries.details(request.getId()).steps()).extracting(ApprovalStep::getDecision)
                .containsExactly(ApprovalDecision.PENDING);

        reply("salesmgr1@relaycrm.example.com", "回复: " + mail.getSubject(), "不同意，预算不足");
        assertThat(replies.pollOnce(IMAP)).isEqualTo(1);
        assertThat(process).isWaitingAt("ReviseExpense");
        assertThat(queries.details(request.getId()).steps()).singleElement().satisfies(step -> {
            assertThat(step.getDecision()).isEqualTo(ApprovalDecision.REJECT);
            assertThat(step.getComment()).isEqualTo("预算不足");
        });
    }

    @Test
    void firstWordAndParagraphAreReadAsDocumented() {
        assertThat(ReplyApprovals.Reply.parse("APPROVED")).as("a different word").isNull();
        assertThat(ReplyApprovals.Reply.parse("approve").decision()).isEqualTo(ApprovalDecision.APPROVE);
        assertThat(ReplyApprovals.Reply.parse("同意").comment()).isNull();
        assertThat(ReplyApprovals.firstParagraph("\n\nREJECT: too much\nreally\n\nregards")).isEqualTo("REJECT: too much really");
        Matcher matcher = ReplyApprovals.REFERENCE.matcher("Re: x [ref:" + "a".repeat(43) + "]");
        assertThat(matcher.find()).isTrue();
    }

    private void reply(String from, String subject, String body) {
        GreenMailUtil.sendTextEmail(MAILBOX, from, subject, body, TestMail.smtp());
    }

    private ExpenseRequest submitted(String amount) {
        return fixtures.travel(amount, "Reply trip " + amount);
    }

    private ProcessInstance process(ExpenseRequest request) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(request.getProcessInstanceId())
                .singleResult();
    }
}
