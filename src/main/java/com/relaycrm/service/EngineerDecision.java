package com.relaycrm.service;

/** An engineer's answer to a dispatched work order. */
public enum EngineerDecision {
    ACCEPT, REJECT
}
