package com.relaycrm.sales.opportunity;

public enum OpportunityStatus {
    OPEN, DORMANT, WON, LOST
}
