package com.relaycrm.service.internal;

/**
 * Lengths of the columns the service forms write (V1__organisation_customers_service.sql), which free text is checked
 * against (com.relaycrm.common.TextChecks) before it reaches the database: an over-long text is a 400 naming the
 * field, not an SQL error.
 */
public final class ServiceText {

    public static final int NOTE = 4000;
    public static final int REFERENCE = 80;

    private ServiceText() {
    }
}
