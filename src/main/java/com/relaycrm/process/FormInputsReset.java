package com.relaycrm.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
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
 */
@Component
class FormInputsReset extends AbstractProcessEnginePlugin {

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
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, FormInputsReset::reset);
                }
            }
        });
    }

    static void reset(DelegateTask task) {
        FormSchema form = Context.getCommandContext().runWithoutAuthorization(() ->
                FormSchema.ofTask(task.getProcessEngineServices().getFormService(), task.getId()));
        for (FormSchema.Field field : form.inputFields()) {
            if (field.editable() && !field.keepsValue() && task.getExecution().hasVariable(field.key())) {
                task.getExecution().removeVariable(field.key());
            }
        }
    }
}
