package com.relaycrm.expense.web;

import com.relaycrm.common.Causes;
import com.relaycrm.expense.ApprovalDecision;
import com.relaycrm.expense.ExpenseRequest;
import com.relaycrm.expense.approval.ApprovalLinkRefused;
import com.relaycrm.expense.approval.ApprovalLinks;
import com.relaycrm.expense.approval.ApprovalLinks.Confirmation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * The pages behind the Approve / Reject links of approval emails. They need no login: the single-use token in the
 * address is the credential, which also makes a forged cross-site POST useless (it would have to know the token).
 * GET only shows what the link would do; the POST from that page acts.
 */
@Controller
@RequestMapping("/approval")
class ApprovalPageController {

    private static final Logger log = LoggerFactory.getLogger(ApprovalPageController.class);

    private final ApprovalLinks links;

    ApprovalPageController(ApprovalLinks links) {
        this.links = links;
    }

    @GetMapping("/{token}")
    ResponseEntity<String> confirm(@PathVariable String token) {
        try {
            Confirmation confirmation = links.check(token);
            return page(200, title(confirmation), summary(confirmation) + form(token, confirmation));
        } catch (ApprovalLinkRefused e) {
            return page(e.status(), "Link not usable", "<p class=\"refused\">" + escape(e.getMessage()) + "</p>");
        }
    }

    @PostMapping("/{token}")
    ResponseEntity<String> act(@PathVariable String token, @RequestParam(required = false) String comment) {
        try {
            Confirmation done = links.act(token, comment);
            String what = done.action() == ApprovalDecision.APPROVE ? "approved" : "rejected";
            return page(200, "Done", "<p class=\"done\">You have " + what + " expense request "
                    + escape(done.request().getRequestNumber()) + ". Thank you.</p>");
        } catch (ApprovalLinkRefused e) {
            return page(e.status(), "Link not usable", "<p class=\"refused\">" + escape(e.getMessage()) + "</p>");
        } catch (RuntimeException e) {
            // the application's own refusal is shown as it is; anything else (the engine's or the database's text)
            // only in the log
            Causes.Refusal refusal = Causes.refusal(e).orElse(null);
            log.warn("Approval by link failed: {}", e.getMessage(), refusal == null ? e : null);
            String reason = refusal == null ? "" : escape(refusal.message()) + " ";
            return page(refusal == null ? 400 : refusal.status(), "Not done",
                    "<p class=\"refused\">The decision could not be recorded. " + reason
                            + "Please decide in Tasklist.</p>");
        }
    }

    private static String title(Confirmation confirmation) {
        return (confirmation.action() == ApprovalDecision.APPROVE ? "Approve" : "Reject") + " expense request "
                + confirmation.request().getRequestNumber() + "?";
    }

    private static String summary(Confirmation c) {
        ExpenseRequest r = c.request();
        return "<table>"
                + row("Requested by", r.getRequesterId() + " (" + r.getDepartmentCode() + ")")
                + row("Type", r.getExpenseType().name())
                + row("Amount", r.getAmount().toPlainString() + " " + r.getCurrency())
                + row("Purpose", r.getPurpose())
                + row("Deciding as", c.approver())
                + "</table>";
    }

    private static String row(String label, String value) {
        return "<tr><th>" + escape(label) + "</th><td>" + escape(value) + "</td></tr>";
    }

    private static String form(String token, Confirmation c) {
        boolean reject = c.action() == ApprovalDecision.REJECT;
        return "<form method=\"post\" action=\"/approval/" + escape(token) + "\">"
                + "<label for=\"comment\">" + (reject ? "Reason for rejecting (required)" : "Comment (optional)")
                + "</label><br><textarea id=\"comment\" name=\"comment\" rows=\"4\" cols=\"50\" maxlength=\"2000\""
                + (reject ? " required" : "") + "></textarea><br>"
                + "<button type=\"submit\" id=\"confirm\">" + (reject ? "Confirm rejection 不同意" : "Confirm approval 同意")
                + "</button></form>";
    }

    private static ResponseEntity<String> page(int status, String title, String body) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + escape(title) + " – Relay CRM</title>"
                + "<style>body{font-family:sans-serif;margin:2em;max-width:40em}th{text-align:left;padding-right:1em}"
                + ".refused{color:#c62828}.done{color:#2e7d32}button{margin-top:1em;padding:.5em 1.5em}</style>"
                + "</head><body><h1>" + escape(title) + "</h1>" + body + "</body></html>";
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY").body(html);
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}
