package com.relaycrm.sales.opportunity.process;

import com.relaycrm.process.ProcessGateway;

/**
 * Tasklist's "Open an opportunity" ({@code processes/opportunity-opening.bpmn}): started from its start form only, so
 * it has nothing to start or move from Java; it owns the names its form and its one step ("Open the opportunity")
 * share.
 */
@ProcessGateway(OpportunityOpeningProcess.KEY)
final class OpportunityOpeningProcess {

    static final String KEY = "opportunity-opening";

    private OpportunityOpeningProcess() {
    }

    static final class Forms {
        static final String START = "opportunity-opening-start";
    }

    static final class Variables {
        /** Who started it (camunda:initiator). */
        static final String INITIATOR = "initiator";
        /** The customer's code: one the user may see. */
        static final String CUSTOMER_CODE = "customerCode";
        static final String NAME = "name";
        static final String AMOUNT = "amount";
        static final String EXPECTED_CLOSE_ON = "expectedCloseOn";
    }
}
