package com.relaycrm.service;

/** Names of the {@code service-request} process variables the Java side reads or writes. */
final class ServiceVariables {

    static final String SERVICE_REQUEST_ID = "serviceRequestId";
    static final String WORK_ORDER_ID = "workOrderId";
    static final String ENGINEER_ID = "engineerId";
    static final String FIRST_RESPONSE_DUE_AT = "firstResponseDueAt";
    static final String RESOLUTION_DUE_AT = "resolutionDueAt";
    static final String SLA_KIND = "slaKind";

    private ServiceVariables() {
    }
}
