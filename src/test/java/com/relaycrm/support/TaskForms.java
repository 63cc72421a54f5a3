package com.relaycrm.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.process.forms.FormSchema;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * What Tasklist fills a task's form with: the variables the task can see ({@code GET /task/{id}/form-variables}).
 * For the loops of every flow: a task that comes round again opens with its input fields empty.
 */
public final class TaskForms {

    private TaskForms() {
    }

    /** The values Tasklist would put into the task's editable input fields (only those that hold something). */
    public static Map<String, Object> prefilledInputs(FormService formService, Task task) {
        FormSchema form = FormSchema.ofTask(formService, task.getId());
        VariableMap visible = formService.getTaskFormVariables(task.getId());
        Map<String, Object> prefilled = new java.util.TreeMap<>();
        for (FormSchema.Field field : form.inputFields()) {
            Object value = visible.get(field.key());
            if (field.editable() && !field.keepsValue() && value != null) {
                prefilled.put(field.key(), value);
            }
        }
        return prefilled;
    }

    /** Fails naming the fields that the task's form would open with filled in. */
    public static void assertOpensEmpty(FormService formService, Task task) {
        assertThat(task).as("the task").isNotNull();
        assertThat(FormSchema.ofTask(formService, task.getId()).inputFields())
                .as("input fields of the form of " + task.getName()).isNotEmpty();
        assertThat(prefilledInputs(formService, task)).as("input fields of \"" + task.getName()
                + "\" filled in when it opens").isEmpty();
    }
}
