package com.relaycrm.service;

/** Where a work order (服务工单) stands. */
public enum WorkOrderStatus {
    DISPATCHED, ACCEPTED, REJECTED, COMPLETED
}
