package com.relaycrm.expense.process;

import com.relaycrm.expense.Approver;

/** Names of the {@code expense-approval} process variables that the delegates, listeners and forms share. */
public final class ExpenseVariables {

    public static final String EXPENSE_REQUEST_ID = "expenseRequestId";
    public static final String REQUESTER = "requesterId";
    /** The chain decided for this submission, as {@link Approver#format}. */
    public static final String APPROVAL_CHAIN = "approvalChain";
    /** 1-based level the approval task is at. */
    public static final String APPROVAL_LEVEL = "approvalLevel";
    public static final String APPROVAL_LEVELS = "approvalLevels";
    /** Who the task at the current level goes to (an {@link Approver}); changed by transfer and withdrawal. */
    public static final String LEVEL_APPROVER = "levelApprover";
    /** Set by the approval task: NEXT_LEVEL, TRANSFERRED, REJECTED or APPROVED (the whole chain). */
    public static final String APPROVAL_OUTCOME = "approvalOutcome";
    public static final String DECISION = "approvalDecision";
    public static final String COMMENT = "approvalComment";
    public static final String TRANSFER_TO = "transferTo";
    static final String REVISION = "revisionDecision";

    private ExpenseVariables() {
    }
}
