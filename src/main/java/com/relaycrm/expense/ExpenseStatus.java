package com.relaycrm.expense;

/** Where an expense request stands; IN_APPROVAL while a level of the chain has it, PAID once an expense record settles it. */
public enum ExpenseStatus {
    DRAFT, IN_APPROVAL, REJECTED, APPROVED, PAID, CANCELLED
}
