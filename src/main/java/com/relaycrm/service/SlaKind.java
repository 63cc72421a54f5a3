package com.relaycrm.service;

/** The service level targets a request is measured against. */
public enum SlaKind {
    FIRST_RESPONSE, RESOLUTION
}
