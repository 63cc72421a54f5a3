package com.relaycrm.sales.lead;

/** What happened to a lead, in its activity history. */
public enum ActivityKind {
    CREATED, ASSIGNED, CLAIMED, FOLLOW_UP, REMINDER, RECYCLED, MOVED_TO_PUBLIC, CONVERTED, CLOSED
}
