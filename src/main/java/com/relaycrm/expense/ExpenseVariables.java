package com.relaycrm.expense;

/** Names of the {@code expense-approval} process variables that the delegates, listeners and forms share. */
final class ExpenseVariables {

    static final String EXPENSE_REQUEST_ID = "expenseRequestId";
    static final String REQUESTER = "requesterId";
    /** The chain decided for this submission, as {@link Approver#format}. */
    static final String APPROVAL_CHAIN = "approvalChain";
    /** 1-based level the approval task is at. */
    static final String APPROVAL_LEVEL = "approvalLevel";
    static final String APPROVAL_LEVELS = "approvalLevels";
    /** Who the task at the current level goes to (an {@link Approver}); changed by transfer and withdrawal. */
    static final String LEVEL_APPROVER = "levelApprover";
    /** Set by the approval task: NEXT_LEVEL, TRANSFERRED, REJECTED or APPROVED (the whole chain). */
    static final String APPROVAL_OUTCOME = "approvalOutcome";
    static final String DECISION = "approvalDecision";
    static final String COMMENT = "approvalComment";
    static final String TRANSFER_TO = "transferTo";
    static final String REVISION = "revisionDecision";

    private ExpenseVariables() {
    }
}
