package com.relaycrm.expense;

/** An approval link that cannot be used, with the HTTP status and the sentence the page shows. */
class ApprovalLinkRefused extends RuntimeException {

    private final int status;

    ApprovalLinkRefused(int status, String reason) {
        super(reason);
        this.status = status;
    }

    int status() {
        return status;
    }
}
