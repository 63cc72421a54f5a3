package com.relaycrm.process.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.relaycrm.process.forms.FormSubmissionCheck.Submitted;
import com.relaycrm.process.forms.FormSubmissionCheck.TextLimits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The form-field rules on their own, without an engine: what each kind of field accepts. */
class FormSubmissionCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final FormSchema FORM = FormSchema.parse(new ByteArrayInputStream("""
            {"id": "sample", "components": [
              {"type": "text", "text": "Fill in"},
              {"type": "textfield", "key": "reference", "label": "Reference", "disabled": true},
              {"type": "number", "key": "amount", "label": "Amount", "validate": {"required": true, "min": 0.01, "max": 1000}},
              {"type": "checkbox", "key": "paid", "label": "Paid"},
              {"type": "select", "key": "engineer", "label": "Engineer", "valuesKey": "engineerOptions"},
              {"type": "radio", "key": "decision", "label": "Decision",
               "values": [{"label": "Yes", "value": "YES"}, {"label": "No", "value": "NO"}]},
              {"type": "group", "components": [
                {"type": "textarea", "key": "reason", "label": "Reason", "validate": {"required": true, "maxLength": 20},
                 "conditional": {"hide": "=decision = \\"YES\\""}}
              ]}
            ]}""".getBytes(StandardCharsets.UTF_8)));

    private final FormSubmissionCheck check = new FormSubmissionCheck(FORM, "Sample", new TextLimits(50, 200));

    @Test
    void readsOnlyInputFieldsIncludingThoseInsideGroups() {
        assertThat(FORM.fields().keySet()).containsExactlyInAnyOrder("reference", "amount", "paid", "engineer",
                "decision", "reason");
        assertThat(FORM.field("reference").editable()).isFalse();
        assertThat(FORM.field("reason").conditional()).isTrue();
    }

    @Test
    void aValidSubmissionPasses() {
        assertThatCode(() -> run(Map.of("amount", "12.5", "paid", "true", "engineer", "\"engineer1\"",
                "decision", "\"NO\"", "reason", "\"late\"", "reference", "\"R-1\""))).doesNotThrowAnyException();
    }

    @Test
    void numbersKeepTheirLimits() {
        assertRefused(Map.of("amount", "0"), "Amount must be at least 0.01");
        assertRefused(Map.of("amount", "1000.5"), "Amount must be at most 1000");
        assertRefused(Map.of("amount", "\"twelve\""), "Amount must be a number");
    }

    @Test
    void aCheckboxIsTrueOrFalseOnly() {
        assertRefused(Map.of("amount", "1", "paid", "\"yes\""), "Paid must be ticked or not (true or false)");
    }

    @Test
    void optionsFromAVariableAreTheOnlyChoices() {
        assertRefused(Map.of("amount", "1", "engineer", "\"sales1\""),
                "Engineer must be one of the offered choices (not 'sales1')");
    }

    @Test
    void aRequiredFieldHiddenByAConditionMayBeLeftOutButTheOthersMayNot() {
        assertThatCode(() -> run(Map.of("amount", "1", "decision", "\"YES\""))).doesNotThrowAnyException();
        assertRefused(Map.of("decision", "\"YES\""), "Amount is required");
        assertRefused(Map.of("amount", "1", "reason", "\"" + "x".repeat(21) + "\""),
                "Reason is too long: at most 20 characters (you sent 21)");
    }

    @Test
    void serializedObjectsAndUnknownFieldsAreRefused() {
        assertThatThrownBy(() -> check.check(List.of(new Submitted("amount", "Object", JSON.readTree("\"rO0AB\""))),
                key -> null, key -> null)).hasMessage("Amount cannot be sent as Object");
        assertRefused(Map.of("amount", "1", "approvalNeeded", "false"),
                "'approvalNeeded' is not a field of the form \"Sample\": only the form's own fields can be submitted, "
                        + "and nothing was saved");
        assertRefused(Map.of("amount", "1", "reference", "\"R-2\""),
                "Reference is shown for information and cannot be changed");
    }

    private void assertRefused(Map<String, String> values, String message) {
        assertThatThrownBy(() -> run(values)).isInstanceOf(SubmissionRefused.class).hasMessage(message);
    }

    private void run(Map<String, String> values) throws Exception {
        List<Submitted> submitted = new java.util.ArrayList<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            JsonNode value = JSON.readTree(entry.getValue());
            submitted.add(new Submitted(entry.getKey(), null, value));
        }
        check.check(submitted, key -> "reference".equals(key) ? "R-1" : null,
                key -> "engineerOptions".equals(key) ? List.of("engineer1", "engineer2") : null);
    }
}
