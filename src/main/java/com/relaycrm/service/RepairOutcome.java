package com.relaycrm.service;

/** How a repair ended: fixed on site, or the part goes to factory repair (返修). */
public enum RepairOutcome {
    FIXED, FACTORY_REPAIR
}
