package com.relaycrm.loan;

/** Where a loan stands: requested, rejected or approved by the reviewer, shipped (on loan), closed when settled. */
public enum LoanStatus {
    REQUESTED, REJECTED, APPROVED, SHIPPED, CLOSED
}
