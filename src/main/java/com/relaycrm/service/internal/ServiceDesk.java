package com.relaycrm.service.internal;

import com.relaycrm.organisation.Groups;

/** The groups that work the service desk: open, dispatch, settle and see every request. */
public final class ServiceDesk {

    public static final String[] GROUPS = {Groups.ADMIN, Groups.SERVICE, Groups.SERVICE_MANAGER};

    private ServiceDesk() {
    }
}
