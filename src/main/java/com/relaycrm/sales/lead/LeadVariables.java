package com.relaycrm.sales.lead;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Names of the lead-lifecycle process variables and how the delegates set the timer dates. */
final class LeadVariables {

    static final String PROCESS_KEY = "lead-lifecycle";
    static final String RECYCLE_MESSAGE = "LeadRecycleRequested";
    static final String LEAD_ID = "leadId";
    static final String OWNER = "leadOwner";
    static final String ASSIGNED = "assigned";
    static final String FOLLOW_UP_DUE_AT = "followUpDueAt";
    static final String REMINDER_AT = "reminderAt";
    static final String POOL_DUE_AT = "poolDueAt";

    private LeadVariables() {
    }

    /** The record id in a business key ("LEAD-12" → 12); an unknown key is not found. */
    static long leadIdOf(String businessKey) {
        return com.relaycrm.common.RecordKeys.idAfterPrefix(businessKey, "LEAD-", "Lead");
    }

    static String businessKey(long leadId) {
        return "LEAD-" + leadId;
    }

    /** The lead is with a rep now: their name and the follow-up and reminder timers. */
    static void held(DelegateExecution execution, String owner, LeadTimes times) {
        execution.setVariable(OWNER, owner);
        execution.setVariable(ASSIGNED, true);
        execution.setVariable(FOLLOW_UP_DUE_AT, Date.from(times.followUpDueAt()));
        execution.setVariable(REMINDER_AT, Date.from(times.reminderAt()));
    }

    /** The lead waits in the department pool until this time, then moves to the public pool. */
    static void inDepartmentPool(DelegateExecution execution, Instant poolDueAt) {
        execution.setVariable(OWNER, null);
        execution.setVariable(ASSIGNED, false);
        execution.setVariable(POOL_DUE_AT, Date.from(poolDueAt));
    }
}
