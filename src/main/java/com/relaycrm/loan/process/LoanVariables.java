package com.relaycrm.loan.process;

/** Process variable names shared by {@code loan.bpmn}, its delegates and forms. */
public final class LoanVariables {

    public static final String LOAN_ID = "loanId";
    public static final String OWNER_ID = "ownerId";
    public static final String ITEMS_SUMMARY = "itemsSummary";
    public static final String SETTLEMENT_ID = "settlementId";
    static final String SETTLEMENT_SUMMARY = "settlementSummary";
    public static final String FOLLOW_UP_ACTION = "followUpAction";
    static final String ALL_SETTLED = "allSettled";
    static final String ALERT_KIND = "alertKind";
    static final String ALERT_RESOLVED = "alertResolved";
    static final String ALERT_TASK_NEEDED = "alertTaskNeeded";

    private LoanVariables() {
    }
}
