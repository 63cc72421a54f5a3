package com.relaycrm.loan;

/** The condition returned items are received in; damaged ones go to repair. */
public enum ItemCondition {
    GOOD, DAMAGED
}
