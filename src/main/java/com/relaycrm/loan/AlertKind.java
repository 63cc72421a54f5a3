package com.relaycrm.loan;

import java.time.LocalDate;

/**
 * The loan alerts (借出预警), each measured from one of the loan's expected dates, with the name of the owner's task
 * for it.
 */
public enum AlertKind {
    SHIPMENT_LATE("Chase a late shipment / 催办延迟发货", "shipment is late"),
    FEEDBACK_OVERDUE("Chase overdue feedback / 催办逾期反馈", "feedback is overdue"),
    RETURN_OVERDUE("Chase an overdue return / 催办逾期归还", "return is overdue");

    private final String taskName;
    private final String description;

    AlertKind(String taskName, String description) {
        this.taskName = taskName;
        this.description = description;
    }

    /** The name of the owner's alert task ({@code loan-alert.bpmn}), bilingual "English / 中文" like the models' names. */
    public String taskName() {
        return taskName;
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
