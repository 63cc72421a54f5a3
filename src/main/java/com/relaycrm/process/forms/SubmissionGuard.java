package com.relaycrm.process.forms;

import com.relaycrm.process.SystemAccess;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.relaycrm.process.forms.FormSubmissionCheck.Submitted;
import com.relaycrm.process.forms.FormSubmissionCheck.TextLimits;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The trust boundary between people and processes. Whatever a person sends through the engine REST API (Tasklist
 * uses it) is input, not fact:
 * <ul>
 *   <li>a task completion may set only the input fields of that task's Camunda form, each with a value the field
 *       can hold ({@link FormSubmissionCheck}); a task without a form takes no variables;</li>
 *   <li>only processes with a start form can be started this way, with only that form's fields and no business
 *       key, start instructions or skipped listeners; the others are started by the application;</li>
 *   <li>setting or removing variables directly, correlating messages and sending signals are for administrators
 *       (repairs in Cockpit), not for staff.</li>
 * </ul>
 * Record ids, owners, approval chains and flags therefore come from the application, and each step still re-checks
 * in its service who acts and whether the record allows it.
 */
@Component
public class SubmissionGuard {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> COMPLETION_PROPERTIES = Set.of("variables", "withVariablesInReturn");
    private static final Set<String> START_PROPERTIES = Set.of("variables", "withVariablesInReturn");

    private final TaskService taskService;
    private final FormService formService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final SystemAccess systemAccess;
    private final ProcessEngineConfigurationImpl configuration;
    private final TextLimits limits;
    private final TaskFormValues formValues;

    SubmissionGuard(TaskService taskService, FormService formService, RepositoryService repositoryService,
                    IdentityService identityService, SystemAccess systemAccess,
                    ProcessEngineConfiguration configuration,
                    @Value("${relay.forms.max-line-length:500}") int maxLineLength,
                    @Value("${relay.forms.max-text-length:4000}") int maxTextLength,
                    @Value("${relay.forms.max-list-rows:100}") int maxListRows, TaskFormValues formValues) {
        this.formValues = formValues;
        this.taskService = taskService;
        this.formService = formService;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.systemAccess = systemAccess;
        this.configuration = (ProcessEngineConfigurationImpl) configuration;
        this.limits = new TextLimits(maxLineLength, maxTextLength, maxListRows);
    }

    /** Who sends the request, as the engine knows them. */
    public record Actor(String userId, List<String> groupIds) {
    }

    public boolean isAdministrator(Actor actor) {
        List<String> adminUsers = configuration.getAdminUsers();
        List<String> adminGroups = configuration.getAdminGroups();
        return adminUsers != null && adminUsers.contains(actor.userId())
                || adminGroups != null && actor.groupIds().stream().anyMatch(adminGroups::contains);
    }

    /**
     * Checks a completion, form submission or resolution of a task. A task the actor cannot see is left to the
     * engine, which refuses it without telling whether it exists. A display-only field may come back only as the
     * form showed it: its record value ({@link TaskFormValues}) or else the task's variable.
     *
     * @return the display-only fields sent (unchanged, as checked), which the engine need not store again: they
     *         repeat what the record or the process holds already
     */
    public Set<String> checkTaskSubmission(Actor actor, String taskId, JsonNode body) {
        if (!visibleTo(actor, taskId)) {
            return Set.of();
        }
        checkProperties(body, COMPLETION_PROPERTIES);
        List<Submitted> submitted = variables(body);
        Task task = systemAccess.call(() -> taskService.createTaskQuery().taskId(taskId).initializeFormKeys()
                .singleResult());
        FormSchema form = FormSchema.ofTask(formService, taskId);
        Set<String> displayOnly = new java.util.HashSet<>();
        for (Submitted variable : submitted) {
            FormSchema.Field field = form.field(variable.name());
            if (field != null && !field.editable()) {
                displayOnly.add(variable.name());
            }
        }
        Map<String, Object> recordValues = displayOnly.isEmpty() ? Map.of() : formValues.ofTask(task);
        new FormSubmissionCheck(form, task.getName(), limits).check(submitted,
                key -> recordValues.containsKey(key) ? recordValues.get(key)
                        : systemAccess.call(() -> taskService.getVariable(taskId, key)),
                valuesKey -> options(systemAccess.call(() -> taskService.getVariable(taskId, valuesKey))));
        return displayOnly;
    }

    /** Checks a start (or start form submission) of the process definition given by id, or by key (latest). */
    public void checkStart(Actor actor, String definitionId, String definitionKey, String tenantId, JsonNode body) {
        ProcessDefinition definition = systemAccess.call(() ->
                startedDefinition(repositoryService, definitionId, definitionKey, tenantId));
        if (definition == null) {
            return;
        }
        FormSchema form = FormSchema.ofStart(formService, definition.getId());
        String name = definition.getName() != null ? definition.getName() : definition.getKey();
        if (form == null) {
            throw SubmissionRefused.forbidden("\"" + name + "\" is started by Relay CRM itself when its record is "
                    + "created, not from Tasklist or the engine REST API");
        }
        checkProperties(body, START_PROPERTIES);
        new FormSubmissionCheck(form, name, limits).check(variables(body), key -> null, key -> null);
    }

    /**
     * The process definition a start request names: by id, or the latest of a key (of the tenant, or without one).
     * Null when there is none; the caller runs it without authorization.
     */
    static ProcessDefinition startedDefinition(RepositoryService repository, String definitionId,
                                               String definitionKey, String tenantId) {
        if (definitionId != null) {
            return repository.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult();
        }
        var query = repository.createProcessDefinitionQuery().processDefinitionKey(definitionKey).latestVersion();
        return (tenantId != null ? query.tenantIdIn(tenantId) : query.withoutTenantId()).singleResult();
    }

    private boolean visibleTo(Actor actor, String taskId) {
        Authentication previous = identityService.getCurrentAuthentication();
        identityService.setAuthentication(actor.userId(), actor.groupIds());
        try {
            return taskService.createTaskQuery().taskId(taskId).count() == 1;
        } finally {
            if (previous != null) {
                identityService.setAuthentication(previous);
            } else {
                identityService.clearAuthentication();
            }
        }
    }

    private static void checkProperties(JsonNode body, Set<String> allowed) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return;
        }
        if (!body.isObject()) {
            throw SubmissionRefused.badRequest("The request body must be a JSON object");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw SubmissionRefused.badRequest("'" + name + "' cannot be set here: Relay CRM decides it");
            }
        }
    }

    private static List<Submitted> variables(JsonNode body) {
        List<Submitted> submitted = new ArrayList<>();
        JsonNode variables = body == null ? null : body.get("variables");
        if (variables == null || variables.isNull()) {
            return submitted;
        }
        if (!variables.isObject()) {
            throw SubmissionRefused.badRequest("'variables' must be a JSON object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = variables.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = fields.next();
            JsonNode variable = entry.getValue();
            if (!variable.isObject()) {
                throw SubmissionRefused.badRequest("'" + entry.getKey() + "' must be sent as {\"value\": …}");
            }
            for (Iterator<String> names = variable.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!Set.of("value", "type", "valueInfo").contains(name)) {
                    throw SubmissionRefused.badRequest("'" + entry.getKey() + "' has an unknown part '" + name + "'");
                }
            }
            JsonNode valueInfo = variable.get("valueInfo");
            if (valueInfo != null && !valueInfo.isNull() && !valueInfo.isEmpty()) {
                throw SubmissionRefused.badRequest("'" + entry.getKey() + "' cannot carry serialization details");
            }
            JsonNode type = variable.get("type");
            submitted.add(new Submitted(entry.getKey(), type == null || type.isNull() ? null : type.asText(),
                    variable.get("value")));
        }
        return submitted;
    }

    /** The option values of a {@code valuesKey} variable: a list of {@code {label, value}} or of plain values. */
    private static List<String> options(Object variable) {
        Object list = variable;
        if (variable instanceof String text) {
            try {
                list = JSON.readValue(text, new TypeReference<List<Object>>() {});
            } catch (java.io.IOException e) {
                return List.of();
            }
        } else if (variable != null && !(variable instanceof List<?>)) {
            try {
                list = JSON.readValue(variable.toString(), new TypeReference<List<Object>>() {});
            } catch (java.io.IOException e) {
                return List.of();
            }
        }
        if (!(list instanceof List<?> items)) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Object item : items) {
            values.add(item instanceof Map<?, ?> option ? String.valueOf(option.get("value")) : String.valueOf(item));
        }
        return values;
    }
}
