package com.relaycrm.process.forms;

import com.relaycrm.common.Causes;
import com.relaycrm.common.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Words a step's refusal of a form the way the person saw the form: a step names the field by its variable
 * ({@code engineerId: 'bob' is not a member …}); Tasklist shows "Engineer: 'bob' is not a member …", the field's
 * label on the task's or start event's form. A field the form does not have, or a request that is not a form
 * submission, keeps the step's message without the variable name.
 */
public final class RefusalWording {

    private static final Pattern TASK = Pattern.compile(".*task/([^/]+)/(complete|submit-form|resolve)/?");
    private static final Pattern START = Pattern.compile(
            ".*process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(start|submit-form)/?");

    /** How a reason that reads on from the field's name starts ("Comment is required"). */
    private static final java.util.List<String> CONTINUATIONS = java.util.List.of("is ", "must ", "may ", "cannot ",
            "has ", "needs ", "exceeds ");

    private RefusalWording() {
    }

    public static String inFormWords(Throwable exception, String path, String message) {
        InvalidInputException invalid = Causes.find(exception, InvalidInputException.class).orElse(null);
        if (invalid == null || path == null) {
            return message;
        }
        FormSchema form;
        try {
            form = formOf(path);
        } catch (RuntimeException e) {
            form = null;
        }
        FormSchema.Field field = form == null ? null : form.field(invalid.field());
        String reason = invalid.reason() + invalid.reasonInChinese().map(chinese -> " / " + chinese).orElse("");
        if (field == null) {
            return form == null ? message : capitalised(reason);
        }
        boolean continuesSentence = CONTINUATIONS.stream().anyMatch(reason::startsWith);
        return field.displayName() + (continuesSentence ? " " : ": ") + reason;
    }

    private static FormSchema formOf(String path) {
        ProcessEngine engine = ProcessEngines.getDefaultProcessEngine();
        if (engine == null) {
            return null;
        }
        FormService forms = engine.getFormService();
        Matcher task = TASK.matcher(path);
        if (task.matches()) {
            return FormSchema.ofTask(forms, task.group(1));
        }
        Matcher start = START.matcher(path);
        if (!start.matches()) {
            return null;
        }
        ProcessDefinition definition = system(engine, () -> SubmissionGuard.startedDefinition(
                engine.getRepositoryService(), start.group(3), start.group(1), start.group(2)));
        return definition == null ? null : FormSchema.ofStart(forms, definition.getId());
    }

    private static <T> T system(ProcessEngine engine, java.util.function.Supplier<T> work) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> context.runWithoutAuthorization(work::get));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
