package com.relaycrm.sales.capacity;

/** What an employee holds and has a maximum of (资源池上限). */
public enum ResourceType {
    LEAD, OPPORTUNITY, CUSTOMER
}
