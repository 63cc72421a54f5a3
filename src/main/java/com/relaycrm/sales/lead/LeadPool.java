package com.relaycrm.sales.lead;

/** Resource pool (资源池) a lead lives in: a rep's own, the department's (waiting for a manager), or public. */
public enum LeadPool {
    PERSONAL, DEPARTMENT, PUBLIC
}
