package com.relaycrm.sales.lead;

/** Where a lead is in its life: held by a rep, waiting in a pool, converted, or closed as invalid. */
public enum LeadStatus {
    NEW, ASSIGNED, IN_POOL, CONVERTED, INVALID;

    public boolean isOpen() {
        return this == NEW || this == ASSIGNED || this == IN_POOL;
    }
}
