package com.relaycrm.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import org.springframework.stereotype.Component;

/**
 * Checks a command built from a Tasklist start form with the same constraints /api checks its JSON body with
 * ({@code @Valid}), so a start form is refused exactly where the API would be: an {@link InvalidInputException}
 * naming the field.
 */
@Component
public class CommandValidation {

    private final Validator validator;

    CommandValidation(Validator validator) {
        this.validator = validator;
    }

    public <T> T valid(T command) {
        validator.validate(command).stream()
                .min(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    throw new InvalidInputException(violation.getPropertyPath().toString()
                            .replaceFirst("^items\\[0]\\.", ""), violation.getMessage());
                });
        return command;
    }
}
