package com.relaycrm.loyalty;

/** Where a points redemption (积分兑换) stands. */
public enum RedemptionStatus {
    /** Waiting for a sales manager's approval (large redemptions only). */
    REQUESTED,
    /** Approved by a sales manager other than the requester; the points are deducted next. */
    APPROVED,
    /** Refused by the approver. */
    REJECTED,
    /** The points were no longer there when they were to be deducted. */
    REFUSED,
    /** Points deducted; the warehouse hands the gift over. */
    DEDUCTED,
    DELIVERED,
    /** Cancelled at hand-over; the points were refunded. */
    CANCELLED
}
