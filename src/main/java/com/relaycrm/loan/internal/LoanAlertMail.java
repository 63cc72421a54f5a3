package com.relaycrm.loan.internal;

import com.relaycrm.customer.CustomerService;
import com.relaycrm.loan.AlertKind;
import com.relaycrm.loan.Loan;
import com.relaycrm.mail.MailTemplates;
import com.relaycrm.mail.OutgoingMail;
import com.relaycrm.process.SystemAccess;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Emails a loan alert to the owner and to the members of {@code relay.loans.manager-group}, worded by the
 * {@code loan-alert.txt / .html} templates in {@code relay.loans.mail-templates-location}.
 */
@Component
public class LoanAlertMail {

    private static final Logger log = LoggerFactory.getLogger(LoanAlertMail.class);

    private final MailTemplates templates;
    private final OutgoingMail mail;
    private final LoanProperties properties;
    private final IdentityService identityService;
    private final SystemAccess systemAccess;
    private final CustomerService customers;

    LoanAlertMail(MailTemplates templates, OutgoingMail mail, LoanProperties properties,
                  IdentityService identityService, SystemAccess systemAccess, CustomerService customers) {
        this.templates = templates;
        this.mail = mail;
        this.properties = properties;
        this.identityService = identityService;
        this.systemAccess = systemAccess;
        this.customers = customers;
    }

    public void send(Loan loan, AlertKind kind, int times) {
        Set<User> recipients = new LinkedHashSet<>();
        systemAccess.run(() -> {
            recipients.addAll(identityService.createUserQuery().userId(loan.getOwnerId()).list());
            recipients.addAll(identityService.createUserQuery().memberOfGroup(properties.managerGroup()).list());
        });
        Map<String, String> values = new LinkedHashMap<>();
        values.put("loanNumber", loan.getLoanNumber());
        values.put("customerName", customers.customer(loan.getCustomerId()).getName());
        values.put("owner", loan.getOwnerId());
        values.put("purpose", loan.getPurpose());
        values.put("alert", kind.description());
        values.put("expectedDate", kind.expectedDate(loan).toString());
        values.put("times", Integer.toString(times));
        values.put("items", loan.itemsSummary());
        String subject = "[Relay CRM] Loan " + loan.getLoanNumber() + ": " + kind.description()
                + (times > 1 ? " (reminder " + times + ")" : "");
        String location = properties.mailTemplatesLocation();
        String text = templates.render(location, "loan-alert.txt", values);
        String html = templates.render(location, "loan-alert.html", values);
        Set<String> sent = new LinkedHashSet<>();
        for (User user : recipients) {
            if (user.getEmail() == null || user.getEmail().isBlank() || !sent.add(user.getEmail())) {
                log.info("No loan alert email for {} on {}: no (new) email address", user.getId(), loan.getLoanNumber());
                continue;
            }
            mail.sendAfterCommit(new OutgoingMail.Message(properties.mailFrom(), user.getEmail(), null, subject, text, html));
        }
    }
}
