package com.relaycrm.loan;

/** What the owner records on a loan that is out: the customer's feedback, a return, or a conversion. */
public enum FollowUpAction {
    FEEDBACK, RETURN, CONVERT
}
