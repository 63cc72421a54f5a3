package com.relaycrm.process;

import java.util.Map;

/**
 * What a process's task forms show about its record (a customer's phone, the description, the engineer's name), read
 * from the record when a form opens instead of being copied into process variables at every step. The record is the
 * truth: a value changed on the record shows in the next form opened, and the engine stores, writes history for and
 * deletes none of these values while the process runs.
 *
 * <p>Tasklist fills a Camunda form from {@code GET /task/{id}/form-variables}; once the engine has answered it for
 * the person asking (who may read that task), the source of the task's process adds its values
 * ({@code process/rest/EngineRestReadsFilter}). A form's display-only field showing one of them must come back
 * unchanged on completion ({@code SubmissionGuard}) and is not stored. Values the engine itself needs (gateway
 * conditions, timers, assignees) and the few a Tasklist card shows stay process variables.
 */
public interface FormRecordValues {

    /** The key of the process whose tasks' forms this source serves, e.g. {@code service-request}. */
    String processKey();

    /**
     * The values the forms show, by variable name, for the record of this process instance: texts, numbers or
     * booleans; none for a name whose value is unknown. Empty when the instance has no record.
     */
    Map<String, Object> values(String processInstanceId);
}
