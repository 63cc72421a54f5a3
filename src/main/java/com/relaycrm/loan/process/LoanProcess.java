package com.relaycrm.loan.process;

import com.relaycrm.loan.Loan;
import com.relaycrm.process.ProcessGateway;
import com.relaycrm.process.ProcessStarter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The loan process ({@code processes/loan.bpmn}): the names its diagram, forms and Java share, and the one place that
 * starts it. Only the application starts it, when a loan is requested; its alerts run as {@link LoanAlertProcess},
 * called once per alert kind.
 */
@Component
@ProcessGateway(LoanProcess.KEY)
public class LoanProcess {

    public static final String KEY = "loan";

    public static final class Tasks {
        public static final String REVIEW = "ReviewLoan";
        public static final String SHIP = "ShipLoan";
        public static final String FOLLOW_UP = "FollowUpLoan";
        public static final String RECEIVE_RETURN = "ReceiveReturn";
        public static final String REVIEW_CONVERSION = "ReviewConversion";

        private Tasks() {
        }
    }

    public static final class Forms {
        public static final String REVIEW = "loan-review";
        public static final String SHIPMENT = "loan-shipment";
        public static final String FOLLOW_UP = "loan-follow-up";
        public static final String RETURN_RECEIPT = "loan-return-receipt";
        public static final String CONVERSION_REVIEW = "loan-conversion-review";

        private Forms() {
        }
    }

    public static final class Variables {
        /** Who requested the loan: the follow-up task's assignee. */
        public static final String OWNER_ID = "ownerId";
        public static final String LOAN_NUMBER = "loanNumber";
        public static final String CUSTOMER_NAME = "customerName";
        public static final String PURPOSE = "purpose";
        public static final String EXPECTED_SHIP_DATE = "expectedShipDate";
        public static final String EXPECTED_FEEDBACK_DATE = "expectedFeedbackDate";
        public static final String EXPECTED_RETURN_DATE = "expectedReturnDate";
        /** The loan this one was lent on from, or "". */
        public static final String PREVIOUS_LOAN = "previousLoan";
        public static final String ITEMS_SUMMARY = "itemsSummary";
        /** Review (YES / NO) and its note. */
        public static final String LOAN_APPROVED = "loanApproved";
        public static final String REVIEW_NOTE = "reviewNote";
        public static final String SHIPMENT_NOTE = "shipmentNote";
        /** Follow-up: FEEDBACK, RETURN or CONVERT ({@code FollowUpAction}). */
        public static final String FOLLOW_UP_ACTION = "followUpAction";
        public static final String FEEDBACK = "feedback";
        public static final String FOLLOW_UP_NOTE = "followUpNote";
        public static final String SETTLE_ITEMS = "settleItems";
        public static final String CONVERSION_TYPE = "conversionType";
        public static final String NEW_CUSTOMER_CODE = "newCustomerCode";
        /** The owner's customers to lend on to (the follow-up form's options, {@code OwnCustomerOptions}). */
        public static final String OWN_CUSTOMER_CODE_OPTIONS = "ownCustomerCodeOptions";
        /** What the warehouse or the reviewer is asked to settle. */
        public static final String SETTLEMENT_SUMMARY = "settlementSummary";
        public static final String ITEM_CONDITION = "itemCondition";
        public static final String RECEIPT_NOTE = "receiptNote";
        public static final String CONVERSION_APPROVED = "conversionApproved";
        public static final String CONVERSION_REVIEW_NOTE = "conversionReviewNote";

        private Variables() {
        }
    }

    public static final class Data {
        public static final String LOAN_ID = "loanId";
        /** The task card's title. */
        public static final String SUBJECT = "subject";
        /** The return or conversion document waiting to be received or reviewed. */
        public static final String SETTLEMENT_ID = "settlementId";
        public static final String ALL_SETTLED = "allSettled";
        /** The repair service request a damaged return opened. */
        public static final String REPAIR_REQUEST_ID = "repairRequestId";

        private Data() {
        }
    }

    private final ProcessStarter processStarter;

    LoanProcess(ProcessStarter processStarter) {
        this.processStarter = processStarter;
    }

    /**
     * Starts the process of a stored loan, with the loan number as business key and what the forms and task cards
     * show; returns the process instance id.
     */
    public String start(Loan loan, String customerName, String previousLoanNumber) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Data.LOAN_ID, loan.getId());
        variables.put(Variables.LOAN_NUMBER, loan.getLoanNumber());
        variables.put(Variables.OWNER_ID, loan.getOwnerId());
        variables.put(Variables.CUSTOMER_NAME, customerName);
        variables.put(Data.SUBJECT, "Loan " + loan.getLoanNumber() + ": " + loan.getPurpose());
        variables.put(Variables.PURPOSE, loan.getPurpose());
        variables.put(Variables.EXPECTED_SHIP_DATE, loan.getExpectedShipDate().toString());
        variables.put(Variables.EXPECTED_FEEDBACK_DATE, loan.getExpectedFeedbackDate().toString());
        variables.put(Variables.EXPECTED_RETURN_DATE, loan.getExpectedReturnDate().toString());
        variables.put(Variables.PREVIOUS_LOAN, previousLoanNumber == null ? "" : previousLoanNumber);
        variables.put(Variables.ITEMS_SUMMARY, loan.itemsSummary());
        return processStarter.start(KEY, loan.getLoanNumber(), variables).getId();
    }
}
