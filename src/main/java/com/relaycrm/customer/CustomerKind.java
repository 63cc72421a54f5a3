package com.relaycrm.customer;

public enum CustomerKind {
    COMPANY, INDIVIDUAL
}
