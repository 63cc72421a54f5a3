package com.relaycrm.serviceplan;

/** A plan is planned until carried out: done (a call with its result, a greeting sent) or converted to a work order. */
public enum PlanStatus {
    PLANNED, DONE, CONVERTED
}
