package com.relaycrm.process;

import com.relaycrm.common.InvalidInputException;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads process variables the way forms and the REST API write them: a Tasklist form submits a number field as
 * Long or Double and a radio button as a String, so readers accept any of those and name the variable when a
 * value is missing or unreadable.
 */
public final class ProcessVariables {

    /** The values of a yes/no choice in every form and diagram. */
    public static final String YES = "YES";
    public static final String NO = "NO";

    /**
     * The task-local variable with the address of the read-only page of a task's record, which each form links to
     * (set by the task card plugin of {@code process.tasklist}).
     */
    public static final String RECORD_PAGE = "recordPage";

    private ProcessVariables() {
    }

    /**
     * Sets the variable unless it already holds this value: an unchanged value written again still costs the engine
     * an update, a history detail and a history read and update.
     */
    public static void setIfChanged(VariableScope scope, String name, Object value) {
        if (!java.util.Objects.equals(scope.getVariable(name), value)) {
            scope.setVariable(name, value);
        }
    }

    public static String requiredString(VariableScope scope, String name) {
        String value = optionalString(scope, name);
        if (value == null) {
            throw new InvalidInputException(name, "is required");
        }
        return value;
    }

    /** The trimmed text, or null when the variable is absent or blank. */
    public static String optionalString(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    public static Long optionalLong(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "'" + value + "' is not a whole number");
        }
    }

    public static long requiredLong(VariableScope scope, String name) {
        Long value = optionalLong(scope, name);
        if (value == null) {
            throw new InvalidInputException(name, "is required");
        }
        return value;
    }

    public static int requiredInt(VariableScope scope, String name) {
        return Math.toIntExact(requiredLong(scope, name));
    }

    /** A date from a form's date field ("2026-12-01", or with a time, of which only the day counts), or null. */
    public static java.time.LocalDate optionalDate(VariableScope scope, String name) {
        String text = optionalString(scope, name);
        if (text == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(name, "'" + text + "' is not a date (yyyy-mm-dd)");
        }
    }

    /** A number, or null when the field was left empty. */
    public static BigDecimal optionalDecimal(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : requiredDecimal(scope, name);
    }

    public static BigDecimal requiredDecimal(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new InvalidInputException(name, "is required");
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "'" + value + "' is not a number");
        }
    }

    /**
     * A checkbox (Boolean) or a yes/no choice, read exactly as the diagrams test it: {@code true}/{@code "YES"} or
     * {@code false}/{@code "NO"}; absent means false. Anything else ("yes", "Y", "1") is refused rather than guessed,
     * so a step and the gateway after it can never read the same answer two ways.
     */
    public static boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        return switch (value.toString()) {
            case YES, "true" -> true;
            case NO, "false" -> false;
            default -> throw new InvalidInputException(name, "'" + value + "' is neither " + YES + " nor " + NO);
        };
    }

    /** A required yes/no choice. */
    public static boolean requiredYesNo(VariableScope scope, String name) {
        if (optionalString(scope, name) == null) {
            throw new InvalidInputException(name, "is required");
        }
        return flag(scope, name);
    }

    /** One of the enum's names exactly as the form offers it and the diagram compares it (no case folding). */
    public static <E extends Enum<E>> E requiredEnum(VariableScope scope, String name, Class<E> type) {
        return parseEnum(name, requiredString(scope, name), type);
    }

    /** The one parser of choices for Java and the diagrams: an enum constant's exact name, else a 400 naming the field. */
    public static <E extends Enum<E>> E parseEnum(String name, String text, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw new InvalidInputException(name, "'" + text + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    private static final java.lang.reflect.Field TASK_VARIABLE_STORE;

    static {
        try {
            TASK_VARIABLE_STORE = org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.class
                    .getDeclaredField("variableStore");
            TASK_VARIABLE_STORE.setAccessible(true);
        } catch (NoSuchFieldException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * For a task's create listeners: the task was created in this very command, so the database holds no variable
     * of it yet. The engine does not know that and reads the task's variables from the database before the first
     * {@code setVariableLocal} (one query per task: the card's copies, a form's options); this marks the task's
     * variables as read, none. Does nothing once they are read or set.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void createdTaskHasNoStoredVariables(org.camunda.bpm.engine.delegate.DelegateTask task) {
        if (!(task instanceof org.camunda.bpm.engine.impl.persistence.entity.TaskEntity entity)) {
            return;
        }
        org.camunda.bpm.engine.impl.core.variable.scope.VariableStore store;
        try {
            store = (org.camunda.bpm.engine.impl.core.variable.scope.VariableStore) TASK_VARIABLE_STORE.get(entity);
        } catch (IllegalAccessException e) {
            return;
        }
        if (store == null || store.isInitialized()) {
            return;
        }
        store.setVariablesProvider(new org.camunda.bpm.engine.impl.core.variable.scope.VariableStore.VariablesProvider() {
            @Override
            public java.util.Collection provideVariables() {
                return java.util.List.of();
            }

            @Override
            public java.util.Collection provideVariables(java.util.Collection names) {
                return java.util.List.of();
            }
        });
        try {
            store.forceInitialization();
        } finally {
            store.setVariablesProvider(entity);
        }
    }
}
