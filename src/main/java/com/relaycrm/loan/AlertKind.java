package com.relaycrm.loan;

import java.time.LocalDate;

/** The loan alerts (借出预警), each measured from one of the loan's expected dates, with the owner's task for it. */
public enum AlertKind {
    SHIPMENT_LATE("ShipmentAlertTask", "shipment is late"),
    FEEDBACK_OVERDUE("FeedbackAlertTask", "feedback is overdue"),
    RETURN_OVERDUE("ReturnAlertTask", "return is overdue");

    private final String taskKey;
    private final String description;

    AlertKind(String taskKey, String description) {
        this.taskKey = taskKey;
        this.description = description;
    }

    /** The id of the owner's alert task in {@code loan.bpmn}. */
    public String taskKey() {
        return taskKey;
    }

    public String description() {
        return description;
    }

    public LocalDate expectedDate(Loan loan) {
        return switch (this) {
            case SHIPMENT_LATE -> loan.getExpectedShipDate();
            case FEEDBACK_OVERDUE -> loan.getExpectedFeedbackDate();
            case RETURN_OVERDUE -> loan.getExpectedReturnDate();
        };
    }
}
