package com.relaycrm.sales.lead.process;

import com.relaycrm.process.ProcessGateway;

/**
 * Tasklist's "Enter a lead" ({@code processes/lead-entry.bpmn}): started from its start form only, so it has nothing
 * to start or move from Java; it owns the names its form and its one step ("Enter the lead") share.
 */
@ProcessGateway(LeadEntryProcess.KEY)
final class LeadEntryProcess {

    static final String KEY = "lead-entry";

    private LeadEntryProcess() {
    }

    static final class Forms {
        static final String START = "lead-entry-start";
    }

    static final class Variables {
        /** Who started it (camunda:initiator). */
        static final String INITIATOR = "initiator";
        static final String NAME = "name";
        static final String COMPANY = "company";
        /** A {@code LeadSource} name. */
        static final String SOURCE = "source";
        static final String PHONE = "phone";
        static final String EMAIL = "email";
        static final String NOTE = "note";
    }
}
