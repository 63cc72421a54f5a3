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

    private ProcessVariables() {
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

    /** A checkbox (Boolean) or a yes/no radio ("YES", "true"); absent means false. */
    public static boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value == null) {
            return false;
        }
        String text = value.toString().trim();
        return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes");
    }

    /** A required yes/no choice. */
    public static boolean requiredYesNo(VariableScope scope, String name) {
        if (optionalString(scope, name) == null) {
            throw new InvalidInputException(name, "is required");
        }
        return flag(scope, name);
    }

    public static <E extends Enum<E>> E requiredEnum(VariableScope scope, String name, Class<E> type) {
        String text = requiredString(scope, name);
        try {
            return Enum.valueOf(type, text.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "'" + text + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
