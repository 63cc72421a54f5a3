package com.relaycrm.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The choices of a form's select whose options come from a variable (Camunda Forms {@code valuesKey}): when a task
 * with such a field is created, the source named by the field's {@code valuesKey} gives the task its options (as a
 * JSON list of {@code {label, value}}), and {@link SubmissionGuard} accepts only those values. The step behind the
 * task still checks the chosen value against the record.
 */
public interface FormOptions {

    /** The {@code valuesKey} this source fills, e.g. {@code engineerOptions}. */
    String valuesKey();

    /** The choices for this task, in the order shown. */
    List<Option> options(DelegateTask task);

    /** One choice: what a person reads, and the value submitted. */
    record Option(String label, String value) {
    }
}
