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
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (multiLine && (c == '\t' || c == '\n' || c == '\r')) {
                continue;
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return false;
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                return false;
            }
        }
        return true;
    }
}
