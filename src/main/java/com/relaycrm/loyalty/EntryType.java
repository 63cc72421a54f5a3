package com.relaycrm.loyalty;

/** Kinds of points ledger entry (积分明细): earned by a purchase, given as a bonus, spent, expired, corrected. */
public enum EntryType {
    ACCRUAL, BONUS, REDEMPTION, EXPIRY, ADJUSTMENT
}
