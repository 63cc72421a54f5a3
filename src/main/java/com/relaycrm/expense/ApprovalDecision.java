package com.relaycrm.expense;

/**
 * What happened at a level of the chain: PENDING while the task waits; the approver's APPROVE / REJECT / TRANSFER
 * (转签); WITHDRAWN (弃审) when an approver took their approval back; CANCELLED for a task that a withdrawal removed.
 */
public enum ApprovalDecision {
    PENDING, APPROVE, REJECT, TRANSFER, WITHDRAWN, CANCELLED
}
