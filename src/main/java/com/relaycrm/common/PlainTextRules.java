package com.relaycrm.common;

/**
 * What a person's text may contain: no NUL or other control characters (tab and line breaks only in multi-line
 * text) and no bidirectional overrides (U+202A–U+202E, U+2066–U+2069), which can make a name or a comment read
 * differently from what is stored.
 */
public final class PlainTextRules {

    private PlainTextRules() {
    }

    /** Why the text is not acceptable, in words, or null when it is. */
    public static String problem(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (multiLine && (c == '\n' || c == '\r' || c == '\t')) {
                continue;
            }
            if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
                return "contains a control character (U+" + String.format("%04X", (int) c) + ")";
            }
            if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                return "contains a text-direction override character (U+" + String.format("%04X", (int) c) + ")";
            }
        }
        return null;
    }
}
