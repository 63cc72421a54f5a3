package com.relaycrm.service;

/** Where a service request stands; RESOLVED once the work is done, CLOSED after the return visit. */
public enum RequestStatus {
    OPEN, TRIAGED, DISPATCHED, IN_REPAIR, FACTORY_REPAIR, AWAITING_SETTLEMENT, RESOLVED, CLOSED
}
