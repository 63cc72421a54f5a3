package com.relaycrm.expense.approval;

import com.relaycrm.expense.ApprovalDecision;
import com.relaycrm.expense.Approver;
import com.relaycrm.expense.ExpenseRequest;
import com.relaycrm.mail.MailTemplates;
import com.relaycrm.mail.OutgoingMail;
import com.relaycrm.process.SystemAccess;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Emails each person who may decide a new approval task (the assignee, or every member of the candidate group)
 * the request's summary with Approve and Reject links of their own. The links are stored with the task; the mail
 * leaves only when the task's transaction commits, and a mail server that is down never stops the process
 * (Tasklist still has the task): both through the shared {@link OutgoingMail}.
 */
@Component
public class ApprovalMail {

    private static final Logger log = LoggerFactory.getLogger(ApprovalMail.class);

    private final ApprovalTokens tokens;
    private final ApprovalTokenRepository storedTokens;
    private final MailTemplates templates;
    private final ApprovalMailProperties properties;
    private final OutgoingMail mail;
    private final IdentityService identityService;
    private final SystemAccess systemAccess;
    private final ImapSettings mailbox;

    ApprovalMail(ApprovalTokens tokens, ApprovalTokenRepository storedTokens, MailTemplates templates, ApprovalMailProperties properties,
                 OutgoingMail mail, IdentityService identityService,
                 SystemAccess systemAccess, ImapSettings mailbox) {
        this.mailbox = mailbox;
        this.tokens = tokens;
        this.storedTokens = storedTokens;
        this.templates = templates;
        this.properties = properties;
        this.mail = mail;
        this.identityService = identityService;
        this.systemAccess = systemAccess;
    }

    public void taskCreated(String taskId, ExpenseRequest request, int level, int levels, Approver approver) {
        if (!properties.enabled()) {
            return;
        }
        for (User user : recipients(approver)) {
            if (user.getId().equals(request.getRequesterId())) {
                continue; // nobody approves their own request: no links for it
            }
            if (user.getEmail() == null || user.getEmail().isBlank()) {
                log.info("No approval email for {} on {}: no email address", user.getId(), request.getRequestNumber());
                continue;
            }
            String approve = properties.baseUrl() + "/approval/"
                    + tokens.issue(taskId, user.getId(), ApprovalDecision.APPROVE, request.getId());
            String reject = properties.baseUrl() + "/approval/"
                    + tokens.issue(taskId, user.getId(), ApprovalDecision.REJECT, request.getId());
            String reference = "[ref:" + tokens.issueReply(taskId, user.getId(), request.getId()) + "]";
            Map<String, String> values = new LinkedHashMap<>();
            values.put("replyReference", reference);
            values.put("approverName", name(user));
            values.put("requestNumber", request.getRequestNumber());
            values.put("requester", request.getRequesterId());
            values.put("department", request.getDepartmentCode());
            values.put("type", request.getExpenseType().name());
            values.put("amount", request.getAmount().toPlainString());
            values.put("currency", request.getCurrency());
            values.put("purpose", request.getPurpose());
            values.put("level", level + " / " + levels);
            values.put("approveUrl", approve);
            values.put("rejectUrl", reject);
            values.put("validFor", properties.tokenValidity().toHours() + " hours");
            String subject = "[Relay CRM] Approve expense " + request.getRequestNumber() + ": "
                    + request.getAmount().toPlainString() + " " + request.getCurrency() + " " + reference;
            String text = templates.render(properties.templatesLocation(), "expense-approval.txt", values);
            String html = templates.render(properties.templatesLocation(), "expense-approval.html", values);
            mail.sendAfterCommit(new OutgoingMail.Message(properties.from(), user.getEmail(), mailbox.address(),
                    subject, text, html));
        }
    }

    /** Whether this person was already sent links for this task. */
    public boolean hasLinks(String taskId, String userId) {
        return storedTokens.findByTaskId(taskId).stream().anyMatch(t -> t.getApprover().equals(userId));
    }

    private List<User> recipients(Approver approver) {
        return systemAccess.call(() -> approver.group()
                ? identityService.createUserQuery().memberOfGroup(approver.id()).list()
                : identityService.createUserQuery().userId(approver.id()).list());
    }

    private static String name(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
