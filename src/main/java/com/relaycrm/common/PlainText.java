package com.relaycrm.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person typed: no NUL or other C0/C1 control characters (tab and newline only where
 * {@link #multiLine()} is set), no bidirectional overrides or isolates (U+202A–U+202E,
 * U+2066–U+2069) that make a name read differently from what is stored. Null is valid
 * (combine with @NotBlank where the value is required).
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /** Allows tab, newline and carriage return (comments, descriptions); names stay single-line. */
    boolean multiLine() default false;

    String message() default "must not contain control characters or text-direction overrides";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
