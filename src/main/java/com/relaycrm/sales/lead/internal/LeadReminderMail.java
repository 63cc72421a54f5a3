package com.relaycrm.sales.lead.internal;

import com.relaycrm.mail.MailTemplates;
import com.relaycrm.mail.OutgoingMail;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.sales.SalesProperties;
import com.relaycrm.sales.lead.Lead;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Emails the rep holding a lead that its follow-up deadline is near (wording in {@code lead-reminder.*}). */
@Component
public class LeadReminderMail {

    private final MailTemplates templates;
    private final OutgoingMail mail;
    private final OrganisationService organisation;
    private final SalesProperties properties;

    public LeadReminderMail(MailTemplates templates, OutgoingMail mail, OrganisationService organisation,
                     SalesProperties properties) {
        this.templates = templates;
        this.mail = mail;
        this.organisation = organisation;
        this.properties = properties;
    }

    /** Returns whether an email went out (the lead is held by a rep who has an address). */
    public boolean remind(Lead lead) {
        if (lead.getOwnerId() == null) {
            return false;
        }
        return organisation.emailOf(lead.getOwnerId()).map(to -> {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("leadName", lead.getName());
            values.put("company", lead.getCompany() == null ? "" : lead.getCompany());
            values.put("dueAt", String.valueOf(lead.getFollowUpDueAt()));
            String location = properties.mailTemplatesLocation();
            mail.sendAfterCommit(new OutgoingMail.Message(properties.mailFrom(), to, null,
                    "[Relay CRM] Follow up " + lead.getName() + " by " + lead.getFollowUpDueAt(),
                    templates.render(location, "lead-reminder.txt", values),
                    templates.render(location, "lead-reminder.html", values)));
            return true;
        }).orElse(false);
    }
}
