package com.relaycrm.loan.process;

import com.relaycrm.process.ProcessGateway;

/**
 * Tasklist's "Request a loan" ({@code processes/loan-request.bpmn}): started from its start form only, so it has
 * nothing to start or move from Java; it owns the names its form and its one step share.
 */
@ProcessGateway(LoanRequestProcess.KEY)
public final class LoanRequestProcess {

    public static final String KEY = "loan-request";

    private LoanRequestProcess() {
    }

    public static final class Forms {
        public static final String START = "loan-request-start";
    }

    public static final class Variables {
        /** Who started it (camunda:initiator). */
        public static final String INITIATOR = "initiator";
        public static final String CUSTOMER_CODE = "customerCode";
        public static final String PURPOSE = "purpose";
        public static final String EXPECTED_SHIP_DATE = "expectedShipDate";
        public static final String EXPECTED_FEEDBACK_DATE = "expectedFeedbackDate";
        public static final String EXPECTED_RETURN_DATE = "expectedReturnDate";
        public static final String PRODUCT = "product";
        public static final String SERIAL_NUMBER = "serialNumber";
        public static final String QUANTITY = "quantity";
        public static final String UNIT_PRICE = "unitPrice";
    }
}
