package com.relaycrm.serviceplan;

/** How a plan was carried out: a call with a result, or a work order on the service flow. */
public enum PlanOutcome {
    CALLED, WORK_ORDER
}
