package com.relaycrm.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaycrm.loan.internal.LoanAlertRepository;
import com.relaycrm.loan.process.LoanAlerts;
import com.relaycrm.support.RelayProcessTest;
import com.relaycrm.support.TestMail;
import jakarta.mail.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Loan alerts (借出预警) against a real SMTP server: shipment late, feedback overdue and return overdue fire at the
 * times of rules/alerts-loans.drl.csv, give the owner one task and email the owner and the sales managers at
 * every repetition, and stop once resolved (shipped, feedback recorded, everything returned).
 */
@RelayProcessTest
class LoanAlertsTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.smtp());

    static final String OWNER = "sales1@relaycrm.example.com";
    static final String MANAGER = "salesmgr1@relaycrm.example.com";

    @Autowired ProcessEngine engine;
    @Autowired LoanService loans;
    @Autowired LoanAlerts alerts;
    @Autowired LoanAlertRepository alertRows;
    @Autowired LoanTestSupport support;
    @Autowired com.relaycrm.rules.DecisionTables tables;

    @Test
    void theTableGivesTheDelaysAndRepeatIntervals() {
        assertThat(tables.ruleCount(LoanAlerts.TABLE)).isEqualTo(4);
        LoanAlertDecision shipment = alerts.decide(AlertKind.SHIPMENT_LATE);
        assertThat(shipment.getFirstAfter()).hasDays(1);
        assertThat(shipment.getRepeatEvery()).hasDays(1);
        LoanAlertDecision feedback = alerts.decide(AlertKind.FEEDBACK_OVERDUE);
        assertThat(feedback.getFirstAfter()).hasDays(2);
        assertThat(feedback.getRepeatEvery()).hasDays(3);
        assertThat(feedback.getRule()).isNotBlank();
    }

    @Test
    void aLateShipmentAlertsTheOwnerAndManagersRepeatedlyUntilShipped() throws Exception {
        LocalDate shipDate = LocalDate.now().minusDays(3);
        Loan loan = support.request(shipDate);
        ProcessInstance process = support.process(loan);
        support.complete(process, "ReviewLoan", "salesmgr1", Map.of("loanApproved", "YES"));

        Job first = support.alertTimer(process, AlertKind.SHIPMENT_LATE);
        assertThat(first.getDuedate().toInstant())
                .isEqualTo(shipDate.atStartOfDay(ZoneId.systemDefault()).toInstant().plusSeconds(86_400));
        support.fireAlert(process, AlertKind.SHIPMENT_LATE);

        assertThat(recipients()).contains(OWNER, MANAGER);
        assertThat(GREEN_MAIL.getReceivedMessages()[0].getSubject()).contains(loan.getLoanNumber(), "shipment is late");
        LoanAlert alert = alertRows.findByLoanIdAndKind(loan.getId(), AlertKind.SHIPMENT_LATE).orElseThrow();
        assertThat(alert.getTimesRaised()).isEqualTo(1);
        assertThat(support.alertTask(process, AlertKind.SHIPMENT_LATE)).isAssignedTo("sales1");
        Job second = support.alertTimer(process, AlertKind.SHIPMENT_LATE);
        assertThat(second.getDuedate().toInstant()).isEqualTo(alert.getLastRaisedAt().plusSeconds(86_400)
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

        int mailsAfterFirst = GREEN_MAIL.getReceivedMessages().length;
        support.fireAlert(process, AlertKind.SHIPMENT_LATE);
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(2 * mailsAfterFirst);
        assertThat(Arrays.stream(GREEN_MAIL.getReceivedMessages()).filter(m -> subject(m).contains("reminder 2")))
                .hasSize(mailsAfterFirst);
        assertThat(alertRows.findByLoanIdAndKind(loan.getId(), AlertKind.SHIPMENT_LATE).orElseThrow().getTimesRaised())
                .isEqualTo(2);
        assertThat(support.openAlertTasks(process, AlertKind.SHIPMENT_LATE)).as("still one task").isEqualTo(1);

        support.complete(process, "ShipLoan", "warehouse1", Map.of("shipmentNote", "Sent at last"));

        assertThat(process).isWaitingAt("FollowUpLoan");
        assertThat(support.alertTimer(process, AlertKind.SHIPMENT_LATE)).isNull();
        assertThat(support.openAlertTasks(process, AlertKind.SHIPMENT_LATE)).isZero();
        assertThat(alertRows.findByLoanIdAndKind(loan.getId(), AlertKind.SHIPMENT_LATE).orElseThrow().getResolvedAt())
                .isNotNull();
    }

    @Test
    void anOverdueFeedbackAlertStopsOnceTheFeedbackIsRecorded() throws Exception {
        Loan loan = support.request(LocalDate.now().minusDays(20)); // feedback expected 6 days ago
        ProcessInstance process = support.approveAndShip(loan);

        support.fireAlert(process, AlertKind.FEEDBACK_OVERDUE);
        assertThat(recipients()).contains(OWNER, MANAGER);
        assertThat(GREEN_MAIL.getReceivedMessages()[0].getSubject()).contains("feedback is overdue");
        support.completeAlert(process, AlertKind.FEEDBACK_OVERDUE, "sales1", Map.of("alertNote", "Called the customer"));
        support.complete(process, "FollowUpLoan", "sales1", Map.of("followUpAction", "FEEDBACK",
                "feedback", "Works well"));

        int mails = GREEN_MAIL.getReceivedMessages().length;
        support.fireAlert(process, AlertKind.FEEDBACK_OVERDUE);
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(mails);
        assertThat(support.alertTimer(process, AlertKind.FEEDBACK_OVERDUE)).as("no more feedback alerts").isNull();
        assertThat(process).hasPassed("WatchFeedbackEnded").isWaitingAt("FollowUpLoan");
        LoanAlert alert = alertRows.findByLoanIdAndKind(loan.getId(), AlertKind.FEEDBACK_OVERDUE).orElseThrow();
        assertThat(alert.getTimesRaised()).isEqualTo(1);
        assertThat(alert.getResolvedAt()).isNotNull();
        // the return alert is still watching
        assertThat(support.alertTimer(process, AlertKind.RETURN_OVERDUE)).isNotNull();
    }

    @Test
    void anOverdueReturnAlertsUntilEverythingIsBackThenTheLoanCloses() throws Exception {
        Loan loan = support.request(LocalDate.now().minusDays(40)); // return expected 10 days ago
        ProcessInstance process = support.approveAndShip(loan);

        support.fireAlert(process, AlertKind.RETURN_OVERDUE);
        assertThat(recipients()).contains(OWNER, MANAGER);
        assertThat(support.alertTask(process, AlertKind.RETURN_OVERDUE)).isAssignedTo("sales1");

        support.complete(process, "FollowUpLoan", "sales1", Map.of("followUpAction", "RETURN"));
        support.complete(process, "ReceiveReturn", "warehouse1", Map.of("itemCondition", "GOOD"));

        assertThat(process).isEnded().hasPassed("LoanClosed");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(process.getId()).count()).isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(process.getId())
                .count()).as("no alert loop left").isZero();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process.getId()).count()).isZero();
        assertThat(alertRows.findByLoanIdOrderById(loan.getId())).allSatisfy(a -> assertThat(a.getResolvedAt()).isNotNull());
        assertThat(loans.loan(loan.getId()).getClosedAt()).isBefore(Instant.now().plusSeconds(1));
    }

    private static String subject(Message message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> recipients() throws Exception {
        return Arrays.stream(GREEN_MAIL.getReceivedMessages())
                .flatMap(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }
}
