package com.relaycrm.process.forms;

/**
 * A start or task completion sent to the engine REST API that Relay CRM does not accept, with the HTTP status to
 * answer and a message a person can read (Tasklist shows it under the form). Nothing has been changed.
 */
public class SubmissionRefused extends RuntimeException {

    private final int status;

    public SubmissionRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    public static SubmissionRefused badRequest(String message) {
        return new SubmissionRefused(400, message);
    }

    public static SubmissionRefused forbidden(String message) {
        return new SubmissionRefused(403, message);
    }

    public int status() {
        return status;
    }
}
