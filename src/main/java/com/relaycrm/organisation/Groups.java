package com.relaycrm.organisation;

import java.util.List;

/** The Camunda groups Relay CRM's processes and data permissions refer to. */
public final class Groups {

    public static final String ADMIN = "admin";
    public static final String CAMUNDA_ADMIN = "camunda-admin";
    public static final String SALES = "sales";
    public static final String SALES_MANAGER = "sales-manager";
    public static final String SERVICE = "service";
    public static final String SERVICE_MANAGER = "service-manager";
    public static final String ENGINEER = "engineer";
    public static final String FINANCE = "finance";
    public static final String WAREHOUSE = "warehouse";

    /** The working groups (all but the administrators), each of which uses Tasklist. */
    public static final List<String> STAFF = List.of(SALES, SALES_MANAGER, SERVICE, SERVICE_MANAGER, ENGINEER,
            FINANCE, WAREHOUSE);

    private Groups() {
    }
}
