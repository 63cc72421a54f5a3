package com.relaycrm.loyalty.internal;

import com.relaycrm.customer.Customer;
import com.relaycrm.loyalty.TierChange;
import com.relaycrm.mail.MailTemplates;
import com.relaycrm.mail.OutgoingMail;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Emails to members: the congratulation on a tier upgrade and the warning before points expire. Sent when the
 * posting commits; a member without an email address gets none. Wording in {@code member-upgrade.*} and
 * {@code points-expiry-warning.*} under {@code relay.loyalty.mail-templates-location}.
 */
@Component
class LoyaltyMail {

    private final MailTemplates templates;
    private final OutgoingMail mail;
    private final LoyaltyProperties properties;

    LoyaltyMail(MailTemplates templates, OutgoingMail mail, LoyaltyProperties properties) {
        this.templates = templates;
        this.mail = mail;
        this.properties = properties;
    }

    /** Returns the address written to, or null when the member has none. */
    String upgraded(Customer member, TierChange change, long availablePoints) {
        return send(member, "Welcome to " + change.getNewTier() + ", " + member.getName() + "!", "member-upgrade",
                Map.of("memberName", member.getName(), "oldTier", change.getOldTier().name(),
                        "newTier", change.getNewTier().name(), "availablePoints", Long.toString(availablePoints)));
    }

    /** Returns the address written to, or null when the member has none. */
    String expiryWarning(Customer member, long points, LocalDate expiresOn, long availablePoints) {
        return send(member, "[Relay] " + points + " of your points expire on " + expiresOn, "points-expiry-warning",
                Map.of("memberName", member.getName(), "points", Long.toString(points),
                        "expiresOn", expiresOn.toString(), "availablePoints", Long.toString(availablePoints)));
    }

    private String send(Customer member, String subject, String template, Map<String, String> values) {
        String to = member.getEmail();
        if (to == null || to.isBlank()) {
            return null;
        }
        String location = properties.mailTemplatesLocation();
        mail.sendAfterCommit(new OutgoingMail.Message(properties.mailFrom(), to, null, subject,
                templates.render(location, template + ".txt", values),
                templates.render(location, template + ".html", values)));
        return to;
    }
}
