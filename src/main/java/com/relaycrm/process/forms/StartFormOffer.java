package com.relaycrm.process.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.relaycrm.process.FormOptions;
import com.relaycrm.process.StartFormOptions;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A start form as the person opening it sees it: each text field naming a {@link StartFormOptions} source in its
 * custom property {@code relay:options} becomes a select of that person's choices (preselected when there is one), so
 * nobody types a customer code or a department code they could pick. Applied to the form Tasklist fetches
 * ({@code GET …/process-definition/…/deployed-start-form}, see {@code process/rest/EngineRestGuardFilter}); the
 * deployed form itself is unchanged and opens in Camunda Modeler as a text field.
 */
@Component
public class StartFormOffer {

    /** The custom property naming the source of a start form field's choices. */
    public static final String OPTIONS_PROPERTY = "relay:options";
    /** The custom property naming the field whose value selects the choices ({@link StartFormOptions#optionsBy}). */
    public static final String OPTIONS_BY_PROPERTY = "relay:options-by";
    /** The custom property holding the help text of the select (the text field's own explains typing). */
    public static final String SELECT_DESCRIPTION_PROPERTY = "relay:select-description";

    /** More choices than this and the select can be searched by typing. */
    static final int SEARCHABLE_FROM = 10;

    private static final Logger log = LoggerFactory.getLogger(StartFormOffer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectProvider<StartFormOptions> sources;

    StartFormOffer(ObjectProvider<StartFormOptions> sources) {
        this.sources = sources;
    }

    /** The form JSON with the person's choices filled in; the form unchanged when it has nothing to fill or is not JSON. */
    public byte[] forPerson(String userId, byte[] form) {
        JsonNode root;
        try {
            root = JSON.readTree(form);
        } catch (IOException e) {
            return form;
        }
        if (root == null || !root.isObject() || !fill(userId, root.path("components"))) {
            return form;
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            return form;
        }
    }

    private boolean fill(String userId, JsonNode components) {
        boolean changed = false;
        for (JsonNode component : components) {
            if (!(component instanceof ObjectNode field)) {
                continue;
            }
            changed |= fill(userId, field.path("components"));
            String source = field.path("properties").path(OPTIONS_PROPERTY).asText(null);
            if (source == null || !"textfield".equals(field.path("type").asText())) {
                continue;
            }
            String by = field.path("properties").path(OPTIONS_BY_PROPERTY).asText(null);
            StartFormOptions found = source(source);
            if (found == null) {
                continue;
            }
            if (by != null) {
                if (!by.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    log.warn("A start form's {} names '{}', which is not a field key", OPTIONS_BY_PROPERTY, by);
                    continue;
                }
                Optional<Map<String, List<FormOptions.Option>>> grouped = found.optionsBy(userId);
                if (grouped.isEmpty()) {
                    continue;
                }
                toSelect(field);
                // form-js evaluates the FEEL expression against the form's data whenever it changes
                field.put("valuesExpression", "=get value(" + feelContext(grouped.get()) + ", " + by + ")");
            } else {
                Optional<List<FormOptions.Option>> options = found.options(userId);
                if (options.isEmpty() || options.get().isEmpty()) {
                    continue;
                }
                toSelect(field);
                ArrayNode values = field.putArray("values");
                options.get().forEach(option -> values.addObject().put("label", option.label())
                        .put("value", option.value()));
                if (options.get().size() > SEARCHABLE_FROM) {
                    // a long list is searched by typing part of a name or code
                    field.put("searchable", true);
                }
                if (options.get().size() == 1 && !field.hasNonNull("defaultValue")) {
                    field.put("defaultValue", options.get().get(0).value());
                }
            }
            changed = true;
        }
        return changed;
    }

    private static void toSelect(ObjectNode field) {
        field.put("type", "select");
        field.remove(List.of("description", "valuesKey", "values", "valuesExpression"));
        String description = field.path("properties").path(SELECT_DESCRIPTION_PROPERTY).asText(null);
        if (description != null) {
            field.put("description", description);
        }
        if (field.path("validate") instanceof ObjectNode validate) {
            validate.remove(List.of("pattern", "minLength", "maxLength", "validationType"));
        }
    }

    /** A FEEL context literal: each key's choices as a list of {@code {label, value}}. */
    static String feelContext(Map<String, List<FormOptions.Option>> grouped) {
        StringBuilder feel = new StringBuilder("{");
        grouped.forEach((key, options) -> {
            if (feel.length() > 1) {
                feel.append(", ");
            }
            feel.append(feelString(key)).append(": [");
            for (int i = 0; i < options.size(); i++) {
                feel.append(i == 0 ? "" : ", ").append("{label: ").append(feelString(options.get(i).label()))
                        .append(", value: ").append(feelString(options.get(i).value())).append('}');
            }
            feel.append(']');
        });
        return feel.append('}').toString();
    }

    private static String feelString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    private StartFormOptions source(String name) {
        StartFormOptions found = sources.orderedStream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
        if (found == null) {
            log.warn("A start form names the choices '{}' that no StartFormOptions provides", name);
        }
        return found;
    }
}
