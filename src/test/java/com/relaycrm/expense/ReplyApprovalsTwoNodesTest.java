package com.relaycrm.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.relaycrm.expense.approval.ReplyApprovals;
import com.relaycrm.scheduling.SchedulingLocks;
import com.relaycrm.support.RelayProcessTest;
import com.relaycrm.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Approval by reply with two nodes polling the same mailbox: each node polls under the scheduled task's cluster lock
 * (the name on {@link ReplyApprovals#poll()}), so the polls never overlap and each reply decides its task once.
 */
@RelayProcessTest
class ReplyApprovalsTwoNodesTest {

    @Autowired ExpenseFixtures fixtures;

    static final String MAILBOX = ApprovalByReplyTest.MAILBOX;

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(new ServerSetup[] {
            TestMail.smtp(),
            TestMail.imap()});

    @Autowired ProcessEngine engine;
    @Autowired ExpenseService expenses;
    @Autowired ExpenseQueries queries;
    @Autowired ReplyApprovals replies;
    @Autowired RuntimeService runtimeService;
    @Autowired DataSource dataSource;

    @BeforeEach
    void mailbox() {
        GREEN_MAIL.setUser(MAILBOX, "approvals", "secret");
    }

    @Test
    void twoNodesPollingTheMailboxDecideEachReplyOnce() throws Exception {
        String lock = ReplyApprovals.class.getDeclaredMethod("poll").getAnnotation(SchedulerLock.class).name();
        int count = 6;
        List<ExpenseRequest> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ExpenseRequest request = submitted(String.valueOf(530 + i));
            MimeMessage mail = ApprovalMessages.to(GREEN_MAIL, ApprovalByEmailTest.SALESMGR1,
                    request.getRequestNumber(), 1).get(0);
            GreenMailUtil.sendTextEmail(MAILBOX, ApprovalByEmailTest.SALESMGR1, "Re: " + mail.getSubject(),
                    "APPROVE fine by me", TestMail.smtp());
            requests.add(request);
        }

        AtomicInteger decided = new AtomicInteger();
        AtomicInteger polling = new AtomicInteger();
        AtomicInteger overlapping = new AtomicInteger();
        AtomicInteger polls = new AtomicInteger();
        List<LockingTaskExecutor> nodes = List.of(
                new DefaultLockingTaskExecutor(SchedulingLocks.provider(dataSource)),
                new DefaultLockingTaskExecutor(SchedulingLocks.provider(dataSource)));
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        try {
            for (int round = 0; round < 5; round++) {
                // this context's own scheduled poll may have taken the lock (held lock-at-least-for): each round
                // starts with nobody holding it, then the two nodes race for it
                new JdbcTemplate(dataSource).update("update shedlock set lock_until = "
                        + "timestamp '2000-01-01 00:00:00' where name = ?", lock);
                CyclicBarrier together = new CyclicBarrier(nodes.size());
                List<Future<?>> running = new ArrayList<>();
                for (LockingTaskExecutor node : nodes) {
                    running.add(threads.submit(() -> {
                        together.await();
                        node.executeWithLock((Runnable) () -> {
                            if (polling.incrementAndGet() > 1) {
                                overlapping.incrementAndGet();
                            }
                            polls.incrementAndGet();
                            try {
                                decided.addAndGet(replies.pollOnce(ApprovalByReplyTest.IMAP));
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            } finally {
                                polling.decrementAndGet();
                            }
                        }, new LockConfiguration(Instant.now(), lock, Duration.ofMinutes(5), Duration.ZERO));
                        return null;
                    }));
                }
                for (Future<?> node : running) {
                    node.get(60, TimeUnit.SECONDS);
                }
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(overlapping).as("polls of two nodes at the same time").hasValue(0);
        assertThat(polls.get()).as("a poll ran in every round").isBetween(5, 10);
        assertThat(decided).as("replies that decided a task").hasValue(count);
        for (ExpenseRequest request : requests) {
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(request.getProcessInstanceId())
                    .singleResult()).isWaitingAt("PayExpense");
            assertThat(queries.details(request.getId()).steps()).singleElement().satisfies(step -> {
                assertThat(step.getDecision()).isEqualTo(ApprovalDecision.APPROVE);
                assertThat(step.getComment()).isEqualTo("fine by me");
            });
        }
    }

    private ExpenseRequest submitted(String amount) {
        return fixtures.travel(amount, "Two-node reply trip " + amount);
    }
}
