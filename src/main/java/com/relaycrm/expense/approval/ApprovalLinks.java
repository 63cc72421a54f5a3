package com.relaycrm.expense.approval;

import com.relaycrm.expense.ApprovalDecision;
import com.relaycrm.expense.ApprovalStep;
import com.relaycrm.expense.ExpenseRequest;
import com.relaycrm.expense.ExpenseService;
import com.relaycrm.expense.process.ExpenseApprovalProcess;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.SystemAccess;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approval from email (邮件审批). The token in the link is the approver's credential for exactly one decision on
 * one task: {@link #check} only reads (mail scanners open links), {@link #act} decides as that approver and uses the
 * token up in the same transaction, so a refused or failed decision leaves the token and the task as they were.
 * Unknown, tampered, used or expired tokens and tasks that are done or no longer the approver's are refused with
 * a log line.
 */
@Service
@Transactional
public class ApprovalLinks {

    private static final Logger log = LoggerFactory.getLogger(ApprovalLinks.class);

    private final ApprovalTokenRepository tokens;
    private final ExpenseService expenses;
    private final ExpenseApprovalProcess process;
    private final IdentityService identityService;
    private final OrganisationService organisation;
    private final SystemAccess systemAccess;

    ApprovalLinks(ApprovalTokenRepository tokens, ExpenseService expenses, ExpenseApprovalProcess process,
                  IdentityService identityService, OrganisationService organisation, SystemAccess systemAccess) {
        this.tokens = tokens;
        this.expenses = expenses;
        this.process = process;
        this.identityService = identityService;
        this.organisation = organisation;
        this.systemAccess = systemAccess;
    }

    /** What the confirmation page shows. */
    public record Confirmation(ApprovalDecision action, String approver, ExpenseRequest request) {
    }

    @Transactional(readOnly = true)
    public Confirmation check(String token) {
        ApprovalToken stored = usable(token, link(tokens.findByTokenHash(hashOf(token)).orElse(null)));
        return new Confirmation(stored.getAction(), stored.getApprover(), expenses.request(stored.getExpenseRequestId()));
    }

    /** Decides the task as the link's approver, with the action the link was issued for. */
    public Confirmation act(String token, String comment) {
        ApprovalToken stored = usable(token, link(tokens.findLockedByTokenHash(hashOf(token)).orElse(null)));
        return decide(stored, stored.getAction(), comment, "link");
    }

    /**
     * Decides by an emailed reply (first word APPROVE / REJECT / 同意 / 不同意) carrying a reply reference; only when
     * the reply comes from the approver's own address. Returns false (logged, nothing changed) otherwise.
     */
    public boolean actByReply(String reference, String fromAddress, ApprovalDecision decision, String comment) {
        ApprovalToken stored;
        try {
            stored = usable(reference, reply(tokens.findLockedByTokenHash(hashOf(reference)).orElse(null)));
        } catch (ApprovalLinkRefused e) {
            log.warn("Reply from {} ignored: {}", fromAddress, e.getMessage());
            return false;
        }
        String email = expenses.email(stored.getApprover());
        if (email == null || !email.equalsIgnoreCase(fromAddress)) {
            log.warn("Reply ignored: from {} but the reference belongs to {} <{}>", fromAddress, stored.getApprover(),
                    email);
            return false;
        }
        try {
            decide(stored, decision, comment, "reply");
            return true;
        } catch (ApprovalLinkRefused e) {
            log.warn("Reply from {} ignored: {}", fromAddress, e.getMessage());
            return false;
        }
    }

    private Confirmation decide(ApprovalToken stored, ApprovalDecision decision, String comment, String channel) {
        String text = comment == null || comment.isBlank() ? null : comment.trim();
        if (decision == ApprovalDecision.REJECT && text == null) {
            throw new ApprovalLinkRefused(400, "Please say why you reject the request.");
        }
        if (text != null && text.length() > ApprovalStep.COMMENT_LENGTH) {
            throw new ApprovalLinkRefused(400, "Your comment has " + text.length() + " characters; please keep it to "
                    + ApprovalStep.COMMENT_LENGTH + ".");
        }
        stored.use(Instant.now());
        String approver = stored.getApprover();
        Task task = systemAccess.call(() -> process.task(stored.getTaskId()).orElseThrow());
        identityService.setAuthentication(approver, organisation.groupIds(approver));
        try {
            process.decide(task, approver, decision, text);
        } finally {
            identityService.clearAuthentication();
        }
        log.info("Approval by {}: {} {} task {} as {}", channel, decision, requestNumber(stored), stored.getTaskId(),
                approver);
        return new Confirmation(decision, approver, expenses.request(stored.getExpenseRequestId()));
    }

    /** A reply reference is not a link, and a link is not a reply reference. */
    private static ApprovalToken link(ApprovalToken stored) {
        return stored != null && stored.isReply() ? null : stored;
    }

    private static ApprovalToken reply(ApprovalToken stored) {
        return stored != null && !stored.isReply() ? null : stored;
    }

    private static String hashOf(String token) {
        if (token == null || !token.matches(ApprovalTokens.TOKEN_PATTERN)) {
            log.warn("Approval link refused: malformed token");
            throw new ApprovalLinkRefused(404, "This approval link is not valid.");
        }
        return ApprovalTokens.hash(token);
    }

    private ApprovalToken usable(String token, ApprovalToken stored) {
        String ref = ApprovalTokens.hash(token).substring(0, 12);
        if (stored == null) {
            log.warn("Approval link refused: unknown token (hash {}…)", ref);
            throw new ApprovalLinkRefused(404, "This approval link is not valid.");
        }
        if (stored.used()) {
            log.warn("Approval link refused: token {}… for {} already used at {}", ref, stored.getApprover(),
                    stored.getUsedAt());
            throw new ApprovalLinkRefused(410, "This approval link has already been used.");
        }
        if (stored.expiredAt(Instant.now())) {
            log.warn("Approval link refused: token {}… for {} expired at {}", ref, stored.getApprover(),
                    stored.getExpiresAt());
            throw new ApprovalLinkRefused(410, "This approval link has expired. Please decide in Tasklist.");
        }
        Task task = systemAccess.call(() -> process.task(stored.getTaskId()).orElse(null));
        if (task == null) {
            log.warn("Approval link refused: task {} of {} is already done (token {}…, {})", stored.getTaskId(),
                    requestNumber(stored), ref, stored.getApprover());
            throw new ApprovalLinkRefused(409, "This request has already been decided at this level.");
        }
        if (!stillTheirs(task, stored.getApprover())) {
            log.warn("Approval link refused: task {} of {} is no longer {}'s (token {}…)", stored.getTaskId(),
                    requestNumber(stored), stored.getApprover(), ref);
            throw new ApprovalLinkRefused(409, "This approval is no longer assigned to you.");
        }
        return stored;
    }

    /** Assigned to them, or unclaimed and offered to them or to one of their groups. */
    private boolean stillTheirs(Task task, String userId) {
        if (task.getAssignee() != null) {
            return task.getAssignee().equals(userId);
        }
        List<IdentityLink> links = systemAccess.call(() -> process.candidateLinks(task.getId()));
        List<String> groups = organisation.groupIds(userId);
        return links.stream().anyMatch(l -> userId.equals(l.getUserId()) || (l.getGroupId() != null && groups.contains(l.getGroupId())));
    }

    private String requestNumber(ApprovalToken token) {
        return expenses.request(token.getExpenseRequestId()).getRequestNumber();
    }
}
