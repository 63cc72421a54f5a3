package com.relaycrm.loan;

/** Process variable names shared by {@code loan.bpmn}, its delegates and forms. */
final class LoanVariables {

    static final String LOAN_ID = "loanId";
    static final String OWNER_ID = "ownerId";
    static final String ITEMS_SUMMARY = "itemsSummary";
    static final String SETTLEMENT_ID = "settlementId";
    static final String SETTLEMENT_SUMMARY = "settlementSummary";
    static final String FOLLOW_UP_ACTION = "followUpAction";
    static final String ALL_SETTLED = "allSettled";
    static final String ALERT_KIND = "alertKind";
    static final String ALERT_RESOLVED = "alertResolved";
    static final String ALERT_TASK_NEEDED = "alertTaskNeeded";

    private LoanVariables() {
    }
}
