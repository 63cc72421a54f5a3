package com.relaycrm.expense.approval;

import com.relaycrm.expense.ApprovalDecision;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A link of an approval email, stored as the SHA-256 of its token only (the token itself is in the email and
 * nowhere else), bound to one task, one approver and one action; it expires and works once.
 */
@Entity
public class ApprovalToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String tokenHash;
    private String taskId;
    private String approver;
    private String action;
    private Long expenseRequestId;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected ApprovalToken() {
    }

    /** The action of a reply reference: the decision is the first word of the reply, not the token's. */
    static final String REPLY = "REPLY";

    ApprovalToken(String tokenHash, String taskId, String approver, String action, Long expenseRequestId,
                  Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.taskId = taskId;
        this.approver = approver;
        this.action = action;
        this.expenseRequestId = expenseRequestId;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    boolean used() {
        return usedAt != null;
    }

    void use(Instant at) {
        this.usedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getApprover() {
        return approver;
    }

    /** The decision a link makes; null for a reply reference. */
    public ApprovalDecision getAction() {
        return isReply() ? null : ApprovalDecision.valueOf(action);
    }

    public boolean isReply() {
        return REPLY.equals(action);
    }

    public Long getExpenseRequestId() {
        return expenseRequestId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
