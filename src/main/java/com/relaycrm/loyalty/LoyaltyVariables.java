package com.relaycrm.loyalty;

/** Process variable names shared by the loyalty processes, their delegates and forms. */
final class LoyaltyVariables {

    static final String CONSUMPTION_ID = "consumptionId";
    static final String TIER_CHANGE_ID = "tierChangeId";
    static final String UPGRADED = "upgraded";
    static final String WELCOME_NOTE = "welcomeNote";

    private LoyaltyVariables() {
    }
}
