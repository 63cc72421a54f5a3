package com.relaycrm.service;

/** The kinds of service request (服务请求): consultation, complaint, suggestion, repair. */
public enum RequestType {
    CONSULTATION, COMPLAINT, SUGGESTION, REPAIR
}
