package com.relaycrm.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}; usable directly from services through {@link #isPlainText}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    private boolean multiLine;

    @Override
    public void initialize(PlainText annotation) {
        this.multiLine = annotation.multiLine();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return isPlainText(value, multiLine);
    }

    public static boolean isPlainText(CharSequence value, boolean multiLine) {
        return value == null || PlainTextRules.problem(value.toString(), multiLine) == null;
    }
}
