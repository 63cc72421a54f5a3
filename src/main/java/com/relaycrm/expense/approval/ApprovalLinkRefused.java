package com.relaycrm.expense.approval;

/** An approval link that cannot be used, with the HTTP status and the sentence the page shows. */
public class ApprovalLinkRefused extends RuntimeException {

    private final int status;

    ApprovalLinkRefused(int status, String reason) {
        super(reason);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
