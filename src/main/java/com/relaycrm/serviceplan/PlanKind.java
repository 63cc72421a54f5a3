package com.relaycrm.serviceplan;

/**
 * The kinds of plan template: a follow-up visit some days after an order, yearly maintenance of assets of a type,
 * and birthday care of members.
 */
public enum PlanKind {
    FOLLOW_UP, MAINTENANCE, BIRTHDAY
}
