package com.relaycrm.sales.lead;

/** Where a lead came from (线索来源). */
public enum LeadSource {
    WEB_FORM, IMPORT, EVENT, BUSINESS_CARD, SEARCH, PHONE, OTHER
}
