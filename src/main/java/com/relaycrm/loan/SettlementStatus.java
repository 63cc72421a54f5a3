package com.relaycrm.loan;

/** A return waits for the warehouse, a conversion for its review; then it is done, or rejected (items stay out). */
public enum SettlementStatus {
    PENDING, DONE, REJECTED
}
