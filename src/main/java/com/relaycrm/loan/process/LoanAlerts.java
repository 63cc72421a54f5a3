package com.relaycrm.loan.process;

import com.relaycrm.loan.AlertKind;
import com.relaycrm.loan.Loan;
import com.relaycrm.loan.LoanAlert;
import com.relaycrm.loan.LoanAlertDecision;
import com.relaycrm.loan.LoanService;
import com.relaycrm.loan.LoanStatus;
import com.relaycrm.loan.internal.LoanAlertMail;
import com.relaycrm.loan.internal.LoanAlertRepository;
import com.relaycrm.rules.DecisionTables;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loan alerts (借出预警). The timer of {@code loan-alert.bpmn} asks {@link #nextAlertAt} when to fire: the first time at
 * the loan's expected date plus the {@code alerts-loans} table's delay, then at the table's repeat interval after
 * the last alert. When a timer fires, {@link #raise} records the alert and emails the owner and their managers,
 * unless it was resolved meanwhile (shipped, feedback recorded, everything settled).
 */
@Component("loanAlerts")
@Transactional
public class LoanAlerts {

    public static final String TABLE = "alerts-loans";

    private final DecisionTables tables;
    private final LoanService loans;
    private final LoanAlertRepository alerts;
    private final LoanAlertMail mail;
    private final LoanAlertProcess process;

    LoanAlerts(DecisionTables tables, LoanService loans, LoanAlertRepository alerts, LoanAlertMail mail,
               LoanAlertProcess process) {
        this.tables = tables;
        this.loans = loans;
        this.alerts = alerts;
        this.mail = mail;
        this.process = process;
    }

    /** What happened when an alert timer fired. */
    public record Outcome(boolean resolved, boolean taskNeeded) {
    }

    /** For the alert timer of {@code loan-alert.bpmn}: {@code ${loanAlerts.nextAlertAt(execution, alertKind)}}. */
    public Date nextAlertAt(DelegateExecution execution, String kind) {
        return Date.from(nextAlertAt(loanIdOf(execution), AlertKind.valueOf(kind)));
    }

    /** For the alert task's name: {@code ${loanAlerts.taskName(alertKind)}}. */
    public String taskName(String kind) {
        return AlertKind.valueOf(kind).taskName();
    }

    /** The loan of this process, or of the loan process that called it (not a variable). */
    long loanIdOf(DelegateExecution execution) {
        return loans.loanOfProcess(LoanAlertProcess.loanProcessInstanceId(execution)).getId();
    }

    Instant nextAlertAt(long loanId, AlertKind kind) {
        LoanAlertDecision decision = decide(kind);
        Optional<LoanAlert> last = alerts.findByLoanIdAndKind(loanId, kind);
        if (last.isPresent()) {
            return last.get().getLastRaisedAt().plus(decision.getRepeatEvery());
        }
        Loan loan = loans.loan(loanId);
        return kind.expectedDate(loan).atStartOfDay(ZoneId.systemDefault()).toInstant().plus(decision.getFirstAfter());
    }

    public LoanAlertDecision decide(AlertKind kind) {
        return tables.decide(TABLE, new LoanAlertDecision(kind));
    }

    /** An alert timer fired on the loan. */
    Outcome raise(long loanId, AlertKind kind, String processInstanceId) {
        Loan loan = loans.loan(loanId);
        if (resolved(loan, kind)) {
            loans.resolveAlert(loanId, kind);
            return new Outcome(true, false);
        }
        LoanAlertDecision decision = decide(kind);
        String rule = decision.getRule() + "@" + decision.getTableVersion();
        Instant now = Instant.now();
        LoanAlert alert = alerts.findByLoanIdAndKind(loanId, kind).orElse(null);
        if (alert == null) {
            alert = alerts.save(new LoanAlert(loanId, kind, rule, now));
        } else {
            alert.raisedAgain(rule, now);
        }
        mail.send(loan, kind, alert.getTimesRaised());
        return new Outcome(false, !process.alertTaskOpen(processInstanceId));
    }

    private boolean resolved(Loan loan, AlertKind kind) {
        return switch (kind) {
            case SHIPMENT_LATE -> loan.getStatus() != LoanStatus.APPROVED;
            case FEEDBACK_OVERDUE -> loans.hasFeedback(loan.getId()) || loan.getStatus() == LoanStatus.CLOSED;
            case RETURN_OVERDUE -> loan.isAllSettled() || loan.getStatus() == LoanStatus.CLOSED;
        };
    }
}
