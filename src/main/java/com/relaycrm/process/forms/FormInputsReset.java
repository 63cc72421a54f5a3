package com.relaycrm.process.forms;

import com.relaycrm.process.FormOptions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Every task form opens with its input fields empty, also when the task comes round again (the next stage's
 * promotion, another follow-up, an approval after a revision, dispatch after a rejected work order). A completion
 * stores the form's fields as process variables and Tasklist fills a form from the variables the task can see, so
 * without this the second round would show, and append to, the first round's answers.
 *
 * <p>When a user task with a Camunda form is created, the variables named by the form's editable input fields are
 * removed from the process, before any listener of the model runs (a built-in listener), so a listener that
 * prefills a field on purpose (the amount to pay) still does. Display-only fields are left alone, and so is a field
 * marked {@code "properties": {"relay:keep": "true"}}: it edits a value the process holds (a request being revised).
 * Nothing here widens what a completion may set: {@link SubmissionGuard} still accepts only the form's fields.
 *
 * <p>Then a select whose options come from a variable ({@code valuesKey}) gets them from the {@link FormOptions}
 * source of that name, as a task variable holding a JSON list, and again whenever the task is assigned (claimed,
 * handed on), since the choices may depend on who holds it.
 */
@Component
class FormInputsReset extends AbstractProcessEnginePlugin {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** Looked up when a task is created: the sources need the engine, which this plugin helps to build. */
    private final org.springframework.beans.factory.ObjectProvider<FormOptions> optionSources;

    FormInputsReset(org.springframework.beans.factory.ObjectProvider<FormOptions> optionSources) {
        this.optionSources = optionSources;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new java.util.ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior())
                        .getTaskDefinition();
                if (definition.getCamundaFormDefinitionKey() != null) {
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, FormInputsReset.this::open);
                    // who holds the task can change the choices (the person taking it is not offered themself)
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, FormInputsReset.this::offer);
                }
            }
        });
    }

    private void open(DelegateTask task) {
        com.relaycrm.process.ProcessVariables.createdTaskHasNoStoredVariables(task);
        FormSchema form = FormSchema.ofTask(task);
        for (FormSchema.Field field : form.inputFields()) {
            if (field.editable() && !field.keepsValue() && task.getExecution().hasVariable(field.key())) {
                task.getExecution().removeVariable(field.key());
            }
        }
        offer(task, form);
    }

    private void offer(DelegateTask task) {
        offer(task, FormSchema.ofTask(task));
    }

    private void offer(DelegateTask task, FormSchema form) {
        for (FormSchema.Field field : form.inputFields()) {
            if (field.optionsVariable() != null) {
                optionSources.orderedStream().filter(source -> source.valuesKey().equals(field.optionsVariable()))
                        .findFirst().ifPresent(source -> task.setVariableLocal(field.optionsVariable(),
                                org.camunda.spin.plugin.variable.SpinValues.jsonValue(json(source.options(task)))
                                        .create()));
            }
        }
    }

    private static String json(java.util.List<FormOptions.Option> options) {
        try {
            return JSON.writeValueAsString(options);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
