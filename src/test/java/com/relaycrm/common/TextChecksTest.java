package com.relaycrm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextChecksTest {

    @Test
    void textWithinTheColumnIsTrimmedAndBlankIsNull() {
        assertThat(TextChecks.atMost("note", "The note", "  张伟, call back.  ", 14)).isEqualTo("张伟, call back.");
        assertThat(TextChecks.atMost("note", "The note", "   ", 10)).isNull();
        assertThat(TextChecks.atMost("note", "The note", null, 10)).isNull();
    }

    @Test
    void textLongerThanTheColumnIsRefusedNamingTheField() {
        assertThatThrownBy(() -> TextChecks.atMost("invalidReason", "The reason", "x".repeat(1001), 1000))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("invalidReason");
                    assertThat(e.reason()).isEqualTo("The reason is too long: at most 1000 characters (you sent 1001)");
                });
    }

    @Test
    void controlCharactersAndOverridesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> TextChecks.requirePlainText("name", "Acme\u0000Ltd", false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.reason()).isEqualTo("contains a control character (U+0000)");
                });
        assertThatThrownBy(() -> TextChecks.requirePlainText("name", "Invoice \u202Efdp.exe", true))
                .hasMessage("name: contains a text-direction override character (U+202E)");
        assertThatThrownBy(() -> TextChecks.requirePlainText("name", "two\nlines", false))
                .isInstanceOf(InvalidInputException.class);
        TextChecks.requirePlainText("note", "two\r\nlines\tand a tab", true);
        TextChecks.requirePlainText("name", null, false);
    }
}
