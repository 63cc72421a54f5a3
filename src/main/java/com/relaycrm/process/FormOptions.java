package com.relaycrm.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

    /**
     * Choices of people, in the order given: "Wu Gang (engineer1)", the user id when the directory has no name.
     * The names are read {@code batch} ids at a time (e.g. {@code OrganisationService::fullNames}, which leaves
     * unknown ids out), one query per batch instead of one per person.
     */
    static List<Option> people(List<String> userIds, Function<List<String>, Map<String, String>> names, int batch) {
        Map<String, String> found = new HashMap<>();
        for (int from = 0; from < userIds.size(); from += batch) {
            found.putAll(names.apply(userIds.subList(from, Math.min(userIds.size(), from + batch))));
        }
        return userIds.stream().map(id -> new Option(found.getOrDefault(id, id) + " (" + id + ")", id)).toList();
    }
}
