package com.relaycrm.expense;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of a request's approval history (审批过程): a task at a level, who it went to, and what was done with
 * it, by whom and on whose behalf. A row is written when the task is created (PENDING) and completed when it is
 * decided, so waiting times can be reported.
 */
@Entity
@Table(name = "expense_approval_step")
public class ApprovalStep {

    /** The length of the comment column: longer comments are refused before the database. */
    public static final int COMMENT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long expenseRequestId;
    @Column(name = "level_no")
    private int level;
    private String approver;
    @Enumerated(EnumType.STRING)
    private ApprovalDecision decision;
    @Column(name = "comment_text", length = ApprovalStep.COMMENT_LENGTH)
    private String comment;
    private String actedBy;
    private String onBehalfOf;
    private String transferTo;
    private String taskId;
    private Instant createdAt;
    private Instant decidedAt;

    protected ApprovalStep() {
    }

    private ApprovalStep(Long expenseRequestId, int level, String approver, ApprovalDecision decision, String taskId) {
        this.expenseRequestId = expenseRequestId;
        this.level = level;
        this.approver = approver;
        this.decision = decision;
        this.taskId = taskId;
        this.createdAt = Instant.now();
    }

    static ApprovalStep pending(Long expenseRequestId, int level, Approver approver, String taskId) {
        return new ApprovalStep(expenseRequestId, level, approver.toString(), ApprovalDecision.PENDING, taskId);
    }

    public static ApprovalStep withdrawal(Long expenseRequestId, int level, String userId, String comment) {
        ApprovalStep step = new ApprovalStep(expenseRequestId, level, Approver.user(userId).toString(),
                ApprovalDecision.WITHDRAWN, null);
        step.decide(ApprovalDecision.WITHDRAWN, comment, userId, null, null);
        return step;
    }

    public void decide(ApprovalDecision decision, String comment, String actedBy, String onBehalfOf, String transferTo) {
        this.decision = decision;
        this.comment = comment;
        this.actedBy = actedBy;
        this.onBehalfOf = onBehalfOf;
        this.transferTo = transferTo;
        this.decidedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getExpenseRequestId() {
        return expenseRequestId;
    }

    public int getLevel() {
        return level;
    }

    public String getApprover() {
        return approver;
    }

    public ApprovalDecision getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public String getActedBy() {
        return actedBy;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public String getTransferTo() {
        return transferTo;
    }

    public String getTaskId() {
        return taskId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
