package com.relaycrm.loan.process;

import com.relaycrm.process.ProcessGateway;

/**
 * Tasklist's "Request a loan" ({@code processes/loan-request.bpmn}): started from its start form only, so it has
 * nothing to start or move from Java; it owns the names its form and its one step share.
 */
@ProcessGateway(LoanRequestProcess.KEY)
final class LoanRequestProcess {

    static final String KEY = "loan-request";

    private LoanRequestProcess() {
    }

    static final class Forms {
        static final String START = "loan-request-start";
    }

    static final class Variables {
        /** Who started it (camunda:initiator). */
        static final String INITIATOR = "initiator";
        static final String CUSTOMER_CODE = "customerCode";
        static final String PURPOSE = "purpose";
        static final String EXPECTED_SHIP_DATE = "expectedShipDate";
        static final String EXPECTED_FEEDBACK_DATE = "expectedFeedbackDate";
        static final String EXPECTED_RETURN_DATE = "expectedReturnDate";
        static final String PRODUCT = "product";
        static final String SERIAL_NUMBER = "serialNumber";
        static final String QUANTITY = "quantity";
        static final String UNIT_PRICE = "unitPrice";
    }
}
