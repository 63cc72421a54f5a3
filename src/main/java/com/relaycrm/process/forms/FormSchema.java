package com.relaycrm.process.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * What a Camunda Form (the {@code .form} JSON behind a {@code camunda:formRef}) lets a person submit: its input fields
 * with their labels, whether they are display-only, required, which options they offer and their limits. Layout
 * components (text, groups without a path, spacers) submit nothing.
 */
public record FormSchema(String formId, Map<String, Field> fields) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Components that show something but submit no value. */
    private static final List<String> DISPLAY_ONLY = List.of("text", "html", "image", "spacer", "separator",
            "button", "table", "iframe", "documentPreview", "default", "group");

    /** One input field of a form. */
    public record Field(String key, String label, String type, boolean editable, boolean required,
                        boolean conditional, List<String> options, String optionsVariable,
                        Integer minLength, Integer maxLength, BigDecimal min, BigDecimal max,
                        boolean keepsValue, Map<String, Field> columns) {

        /** The label a person reads on the form, or the key when the field has none. */
        public String displayName() {
            return label != null && !label.isBlank() ? label : key;
        }

        public boolean multiLine() {
            return "textarea".equals(type);
        }

        public boolean hasOptions() {
            return !options.isEmpty() || optionsVariable != null;
        }

        /** A list of rows (Camunda Forms dynamic list): each row an object of the {@link #columns()} fields. */
        public boolean isList() {
            return "dynamiclist".equals(type);
        }

        /** The same field under another name, for messages about one cell of a list ("Parts, row 2: Quantity"). */
        Field named(String label) {
            return new Field(key, label, type, editable, required, conditional, options, optionsVariable, minLength,
                    maxLength, min, max, keepsValue, columns);
        }
    }

    /** The custom property ({@code "properties": {"relay:keep": "true"}}) of a field that edits a value the
     * process already holds (a request being revised), which {@link FormInputsReset} therefore leaves in place. */
    public static final String KEEP_PROPERTY = "relay:keep";

    /**
     * Parsed forms by form definition id (key, version and deployment): a deployed form never changes, so each is
     * read from the database and parsed once, not on every task creation, completion or refusal.
     */
    private static final Map<String, FormSchema> DEPLOYED = new ConcurrentHashMap<>();

    /** The Camunda form of a task, or a form without fields when the task has none (run without authorization). */
    public static FormSchema ofTask(FormService formService, String taskId) {
        return withoutAuthorization(formService, context -> {
            FormData data = formService.getTaskFormData(taskId);
            return data.getCamundaFormRef() == null ? new FormSchema(null, Map.of()) : deployed(context, data);
        });
    }

    /**
     * The Camunda form of a task in a listener of the command that runs it (a created or assigned task): resolved from
     * the task's parsed definition in that command, as the engine resolves it for Tasklist (the form reference and
     * version evaluated on the task, binding latest, deployment or version), without the nested engine commands
     * {@link #ofTask(FormService, String)} runs. Outside a command, or for a task without a definition, as that.
     */
    public static FormSchema ofTask(org.camunda.bpm.engine.delegate.DelegateTask task) {
        CommandContext context = org.camunda.bpm.engine.impl.context.Context.getCommandContext();
        if (context == null || !(task instanceof org.camunda.bpm.engine.impl.persistence.entity.TaskEntity entity)
                || entity.getTaskDefinition() == null || entity.getExecution() == null) {
            return ofTask(task.getProcessEngineServices().getFormService(), task.getId());
        }
        org.camunda.bpm.engine.impl.form.FormDefinition definition = entity.getTaskDefinition().getFormDefinition();
        Object key = definition == null || definition.getCamundaFormDefinitionKey() == null ? null
                : definition.getCamundaFormDefinitionKey().getValue(entity);
        if (key == null) {
            return new FormSchema(null, Map.of());
        }
        org.camunda.bpm.engine.impl.form.CamundaFormRefImpl reference =
                new org.camunda.bpm.engine.impl.form.CamundaFormRefImpl(key.toString(),
                        definition.getCamundaFormDefinitionBinding());
        if ("version".equals(definition.getCamundaFormDefinitionBinding())
                && definition.getCamundaFormDefinitionVersion() != null) {
            Object version = definition.getCamundaFormDefinitionVersion().getValue(entity);
            if (version != null) {
                reference.setVersion(Integer.parseInt(version.toString()));
            }
        }
        String deploymentId = entity.getExecution().getProcessDefinition().getDeploymentId();
        return context.runWithoutAuthorization(() -> deployed(context, reference, deploymentId));
    }

    /** The Camunda start form of a process definition, or null when it has none (run without authorization). */
    public static FormSchema ofStart(FormService formService, String definitionId) {
        return withoutAuthorization(formService, context -> {
            FormData data = formService.getStartFormData(definitionId);
            return data == null || data.getCamundaFormRef() == null ? null : deployed(context, data);
        });
    }

    /** Runs in the caller's command when there is one (a task listener), else in a command of its own. */
    private static FormSchema withoutAuthorization(FormService formService,
                                                   Function<CommandContext, FormSchema> work) {
        return ((ServiceImpl) formService).getCommandExecutor().execute(context ->
                context.runWithoutAuthorization(() -> work.apply(context)));
    }

    /** The form a form reference resolves to, as the engine resolves it (binding latest, deployment or version). */
    private static FormSchema deployed(CommandContext context, FormData data) {
        return deployed(context, data.getCamundaFormRef(), data.getDeploymentId());
    }

    private static FormSchema deployed(CommandContext context, org.camunda.bpm.engine.form.CamundaFormRef reference,
                                       String deploymentId) {
        CamundaFormDefinition definition = new GetCamundaFormDefinitionCmd(reference, deploymentId).execute(context);
        if (definition == null) {
            throw new NotFoundException("No Camunda Form Definition was found for Camunda Form Ref: " + reference);
        }
        FormSchema form = DEPLOYED.get(definition.getId());
        if (form == null) {
            try (InputStream content = new GetDeploymentResourceCmd(definition.getDeploymentId(),
                    definition.getResourceName()).execute(context)) {
                form = parse(content);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            DEPLOYED.put(definition.getId(), form);
        }
        return form;
    }

    public Collection<Field> inputFields() {
        return fields.values();
    }

    public Field field(String key) {
        return fields.get(key);
    }

    public static FormSchema parse(InputStream json) {
        try {
            JsonNode root = JSON.readTree(json);
            Map<String, Field> fields = new LinkedHashMap<>();
            collect(root.path("components"), false, fields);
            return new FormSchema(root.path("id").asText(null), Map.copyOf(fields));
        } catch (IOException e) {
            throw new IllegalStateException("The form is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static void collect(JsonNode components, boolean insideConditional, Map<String, Field> fields) {
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            boolean conditional = insideConditional || component.hasNonNull("conditional");
            boolean hasChildren = component.path("components").isArray();
            if (hasChildren && !component.hasNonNull("path")) {
                collect(component.path("components"), conditional, fields);
                continue;
            }
            String key = component.hasNonNull("key") ? component.get("key").asText()
                    : component.hasNonNull("path") ? component.get("path").asText() : null;
            if (key == null || DISPLAY_ONLY.contains(type) && !hasChildren) {
                continue;
            }
            // the fields of each row of a dynamic list, keyed relative to the row
            Map<String, Field> columns = new LinkedHashMap<>();
            if (hasChildren) {
                collect(component.path("components"), false, columns);
            }
            JsonNode validate = component.path("validate");
            List<String> options = new ArrayList<>();
            for (JsonNode value : component.path("values")) {
                options.add(value.path("value").asText());
            }
            fields.put(key, new Field(key, component.path("label").asText(null), type,
                    !component.path("disabled").asBoolean(false) && !component.path("readonly").asBoolean(false),
                    validate.path("required").asBoolean(false), conditional, List.copyOf(options),
                    component.hasNonNull("valuesKey") ? component.get("valuesKey").asText() : null,
                    validate.hasNonNull("minLength") ? validate.get("minLength").asInt() : null,
                    validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
                    validate.hasNonNull("min") ? validate.get("min").decimalValue() : null,
                    validate.hasNonNull("max") ? validate.get("max").decimalValue() : null,
                    component.path("properties").path(KEEP_PROPERTY).asText("").equals("true"),
                    java.util.Collections.unmodifiableMap(columns)));
        }
    }
}
