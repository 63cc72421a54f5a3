package com.relaycrm.process.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.relaycrm.common.PlainTextRules;
import com.relaycrm.process.forms.FormSchema.Field;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks the variables of one start or task completion against the form the person filled in: only the form's
 * input fields, each with a value that field can hold (an offered option exactly, a number within its limits, a
 * yes/no box, text without control characters and within its length), required fields present, and display-only
 * fields unchanged. The first problem found is refused with the field named by its label.
 */
public final class FormSubmissionCheck {

    /** Variable types a form can produce; anything else (Object, File, Bytes, Xml) is refused. */
    private static final Set<String> FORM_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
            "date", "null", "json");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FormSchema form;
    private final String formTitle;
    private final TextLimits limits;

    /**
     * @param form      the form behind the task or start event
     * @param formTitle how a person knows the form (the task or process name), for messages about unknown fields
     */
    public FormSubmissionCheck(FormSchema form, String formTitle, TextLimits limits) {
        this.form = form;
        this.formTitle = formTitle;
        this.limits = limits;
    }

    /** Default lengths for text fields whose form sets no maxLength, and the most rows a list (dynamic list) takes. */
    public record TextLimits(int singleLine, int multiLine, int listRows) {
    }

    /** One variable as the engine REST API receives it: {@code {"value": ..., "type": "...", "valueInfo": {...}}}. */
    public record Submitted(String name, String type, JsonNode value) {

        boolean isEmpty() {
            return value == null || value.isNull() || value.isTextual() && value.asText().isBlank();
        }
    }

    /**
     * @param submitted    the variables sent, in the order sent
     * @param currentValue the value a display-only field shows now (for a task: its variable), by key
     * @param optionsOf    the options of a field whose options come from a variable ({@code valuesKey}), or null
     */
    public void check(List<Submitted> submitted, Function<String, Object> currentValue,
                      Function<String, List<String>> optionsOf) {
        Map<String, Submitted> byName = new java.util.HashMap<>();
        for (Submitted variable : submitted) {
            Field field = form.field(variable.name());
            if (field == null) {
                throw SubmissionRefused.badRequest("'" + variable.name() + "' is not a field of the form \""
                        + formTitle + "\": only the form's own fields can be submitted, and nothing was saved");
            }
            byName.put(variable.name(), variable);
            checkType(field, variable);
            if (!field.editable()) {
                checkUnchanged(field, variable, currentValue.apply(field.key()));
            } else {
                checkValue(field, variable, optionsOf);
            }
        }
        for (Field field : form.inputFields()) {
            if (field.editable() && field.required() && !field.conditional()) {
                Submitted variable = byName.get(field.key());
                if (variable == null || variable.isEmpty()) {
                    throw refused(field, "is required");
                }
            }
        }
    }

    private void checkType(Field field, Submitted variable) {
        if (variable.type() != null && !FORM_TYPES.contains(variable.type().toLowerCase())) {
            throw refused(field, "cannot be sent as " + variable.type());
        }
        JsonNode value = variable.value();
        if (field.isList()) {
            // as Tasklist sends a dynamic list: type Json, the rows as JSON text (parsed in checkRows)
            if (!variable.isEmpty() && (!"json".equalsIgnoreCase(variable.type()) || !value.isTextual())) {
                throw refused(field, "must be sent as a list of rows (type Json, the rows as JSON text)");
            }
            return;
        }
        if (value != null && !value.isNull() && !value.isValueNode() && !isStructured(field)) {
            throw refused(field, "must be a single value");
        }
    }

    private void checkUnchanged(Field field, Submitted variable, Object current) {
        if (variable.isEmpty() && (current == null || current.toString().isBlank())) {
            return;
        }
        if (variable.value() == null || !sameValue(variable.value(), current)) {
            throw refused(field, "is shown for information and cannot be changed");
        }
    }

    private void checkValue(Field field, Submitted variable, Function<String, List<String>> optionsOf) {
        if (variable.isEmpty()) {
            return;
        }
        JsonNode value = variable.value();
        switch (field.type()) {
            case "checkbox" -> {
                if (!value.isBoolean()) {
                    throw refused(field, "must be ticked or not (true or false)");
                }
            }
            case "number" -> checkNumber(field, value);
            case "radio", "select" -> checkOption(field, value, optionsOf);
            case "checklist", "taglist" -> {
                if (!value.isArray()) {
                    throw refused(field, "must be a list of the offered options");
                }
                for (JsonNode item : value) {
                    checkOption(field, item, optionsOf);
                }
            }
            case "dynamiclist" -> checkRows(field, value, optionsOf);
            case "group" -> {
                // structured values of a group with a path: each text inside is still text
                checkStructuredText(field, value);
            }
            default -> checkText(field, value);
        }
    }

    private void checkNumber(Field field, JsonNode value) {
        BigDecimal number;
        if (value.isNumber()) {
            number = value.decimalValue();
        } else if (value.isTextual()) {
            try {
                number = new BigDecimal(value.asText().trim());
            } catch (NumberFormatException e) {
                throw refused(field, "must be a number");
            }
        } else {
            throw refused(field, "must be a number");
        }
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            throw refused(field, "must be at least " + field.min().toPlainString());
        }
        if (field.max() != null && number.compareTo(field.max()) > 0) {
            throw refused(field, "must be at most " + field.max().toPlainString());
        }
    }

    private void checkOption(Field field, JsonNode value, Function<String, List<String>> optionsOf) {
        List<String> options = field.optionsVariable() != null ? optionsOf.apply(field.optionsVariable())
                : field.options();
        if (options == null) {
            // options computed where the application cannot see them: still a plain text value
            checkText(field, value);
            return;
        }
        if (!value.isValueNode() || !options.contains(value.asText())) {
            throw refused(field, "must be one of the offered choices (not '" + abbreviate(value.asText()) + "')");
        }
    }

    private void checkText(Field field, JsonNode value) {
        if (!value.isTextual() && !value.isNumber()) {
            throw refused(field, "must be text");
        }
        String text = value.asText();
        int max = field.maxLength() != null ? field.maxLength()
                : field.multiLine() ? limits.multiLine() : limits.singleLine();
        if (text.length() > max) {
            throw refused(field, "is too long: at most " + max + " characters (you sent " + text.length() + ")");
        }
        if (field.minLength() != null && text.length() < field.minLength()) {
            throw refused(field, "is too short: at least " + field.minLength() + " characters");
        }
        String problem = PlainTextRules.problem(text, field.multiLine());
        if (problem != null) {
            throw refused(field, problem);
        }
    }

    /**
     * The rows of a dynamic list: a JSON array (or JSON text of one) of at most {@link TextLimits#listRows()} objects,
     * each holding only the list's own fields, each cell checked as that field would be on its own; a refusal names
     * the list, the row and the field ("Parts used, row 2 / 第 2 行: Quantity must be at least 1").
     */
    private void checkRows(Field field, JsonNode value, Function<String, List<String>> optionsOf) {
        JsonNode rows = value;
        if (value.isTextual()) {
            try {
                rows = JSON.readTree(value.asText());
            } catch (IOException e) {
                throw refused(field, "must be a list of rows, not text");
            }
        }
        if (rows == null || !rows.isArray()) {
            throw refused(field, "must be a list of rows");
        }
        if (rows.size() > limits.listRows()) {
            throw refused(field, "has too many rows: at most " + limits.listRows() + " (you sent " + rows.size() + ")");
        }
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String where = field.displayName() + ", row " + (i + 1) + " / 第 " + (i + 1) + " 行";
            if (!row.isObject()) {
                throw SubmissionRefused.badRequest(where + " must be a row of fields");
            }
            for (Iterator<String> names = row.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!field.columns().containsKey(name)) {
                    throw SubmissionRefused.badRequest(where + ": '" + abbreviate(name) + "' is not a field of the list");
                }
            }
            for (Field column : field.columns().values()) {
                Field cell = column.named(where + ": " + column.displayName());
                Submitted submitted = new Submitted(column.key(), null, row.get(column.key()));
                if (submitted.isEmpty()) {
                    if (column.required() && !column.conditional()) {
                        throw refused(cell, "is required");
                    }
                    continue;
                }
                if (!submitted.value().isValueNode() && !isStructured(column)) {
                    throw refused(cell, "must be a single value");
                }
                checkValue(cell, submitted, optionsOf);
            }
        }
    }

    private void checkStructuredText(Field field, JsonNode value) {
        if (value.isValueNode()) {
            checkText(field, value);
            return;
        }
        for (JsonNode child : value) {
            checkStructuredText(field, child);
        }
    }

    private static boolean isStructured(Field field) {
        return List.of("checklist", "taglist", "group", "dynamiclist").contains(field.type());
    }

    private static boolean sameValue(JsonNode submitted, Object current) {
        if (current == null) {
            return submitted.isNull() || submitted.asText().isEmpty();
        }
        if (current instanceof Number number && (submitted.isNumber() || submitted.isTextual())) {
            try {
                return new BigDecimal(number.toString()).compareTo(new BigDecimal(submitted.asText().trim())) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (current instanceof Boolean bool) {
            return submitted.isBoolean() && submitted.booleanValue() == bool;
        }
        return Objects.equals(current.toString(), submitted.asText());
    }

    private static SubmissionRefused refused(Field field, String problem) {
        return SubmissionRefused.badRequest(field.displayName() + " " + problem);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
