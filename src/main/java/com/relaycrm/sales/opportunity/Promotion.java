package com.relaycrm.sales.opportunity;

/** The owner's decision on the promotion task (the radio "promotion" of opportunity-promotion.form). */
public enum Promotion {
    ADVANCE, FAIL, DORMANT
}
