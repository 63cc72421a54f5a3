package com.relaycrm.serviceplan.process;

import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.mail.MailTemplates;
import com.relaycrm.mail.OutgoingMail;
import com.relaycrm.process.SystemAccess;
import com.relaycrm.serviceplan.ServicePlan;
import com.relaycrm.serviceplan.ServicePlanProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The service plans' emails, worded by templates in {@code relay.service-plans.mail-templates-location}: the birthday
 * greeting to the member ({@code birthday-greeting.*}) and the reminder to whoever carries a plan out
 * ({@code service-plan-reminder.*}).
 */
@Component
class ServicePlanMail {

    private final MailTemplates templates;
    private final OutgoingMail mail;
    private final ServicePlanProperties properties;
    private final CustomerService customers;
    private final IdentityService identityService;
    private final SystemAccess systemAccess;

    ServicePlanMail(MailTemplates templates, OutgoingMail mail, ServicePlanProperties properties,
                    CustomerService customers, IdentityService identityService, SystemAccess systemAccess) {
        this.templates = templates;
        this.mail = mail;
        this.properties = properties;
        this.customers = customers;
        this.identityService = identityService;
        this.systemAccess = systemAccess;
    }

    /** False when the member has no email address. */
    boolean birthdayGreeting(ServicePlan plan) {
        Customer member = customers.customer(plan.getCustomerId());
        if (member.getEmail() == null || member.getEmail().isBlank()) {
            return false;
        }
        Map<String, String> values = Map.of("memberName", member.getName(), "tier", member.getMemberTier().name());
        send(member.getEmail(), "Happy birthday, " + member.getName() + "!", "birthday-greeting", values);
        return true;
    }

    /** Reminds the assignee, or every member of the candidate group; returns how many were emailed. */
    int reminder(ServicePlan plan) {
        List<User> users = new ArrayList<>();
        systemAccess.run(() -> users.addAll(plan.getAssigneeId() != null
                ? identityService.createUserQuery().userId(plan.getAssigneeId()).list()
                : identityService.createUserQuery().memberOfGroup(plan.getCandidateGroup()).list()));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("subject", plan.getSubject());
        values.put("customerName", customers.customer(plan.getCustomerId()).getName());
        values.put("dueDate", plan.getDueDate().toString());
        int sent = 0;
        for (User user : users) {
            if (user.getEmail() != null && !user.getEmail().isBlank()) {
                send(user.getEmail(), "[Relay CRM] Service plan due " + plan.getDueDate() + ": " + plan.getSubject(),
                        "service-plan-reminder", values);
                sent++;
            }
        }
        return sent;
    }

    private void send(String to, String subject, String template, Map<String, String> values) {
        String location = properties.mailTemplatesLocation();
        mail.sendAfterCommit(new OutgoingMail.Message(properties.mailFrom(), to, null, subject,
                templates.render(location, template + ".txt", values),
                templates.render(location, template + ".html", values)));
    }
}
