package com.relaycrm.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void ordinaryNamesInAnyScriptArePlainText() {
        assertThat(PlainTextValidator.isPlainText("Zhang Wei 张伟 – Müller & Söhne", false)).isTrue();
        assertThat(PlainTextValidator.isPlainText(null, false)).isTrue();
    }

    @Test
    void nulAndControlCharactersAreRefused() {
        assertThat(PlainTextValidator.isPlainText("Acme\u0000Ltd", false)).isFalse();
        assertThat(PlainTextValidator.isPlainText("Acme\u001bLtd", false)).isFalse();
        assertThat(PlainTextValidator.isPlainText("Acme\u0085Ltd", false)).isFalse();
    }

    @Test
    void textDirectionOverridesAreRefused() {
        assertThat(PlainTextValidator.isPlainText("invoice\u202Efdp.exe", false)).isFalse();
        assertThat(PlainTextValidator.isPlainText("name\u2066x\u2069", false)).isFalse();
    }

    @Test
    void newlinesOnlyInMultiLineText() {
        assertThat(PlainTextValidator.isPlainText("line one\nline two\ttab", false)).isFalse();
        assertThat(PlainTextValidator.isPlainText("line one\r\nline two\ttab", true)).isTrue();
        assertThat(PlainTextValidator.isPlainText("line\u0000", true)).isFalse();
    }
}
