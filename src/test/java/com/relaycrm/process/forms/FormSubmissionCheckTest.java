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

    private final FormSubmissionCheck check = new FormSubmissionCheck(FORM, "Sample", new TextLimits(50, 200, 100));

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

    /** A dynamic list as Camunda Forms has it: one row per part, each row the list's own fields. */
    private static final FormSchema LIST_FORM = FormSchema.parse(new ByteArrayInputStream("""
            {"id": "list", "components": [
              {"type": "dynamiclist", "path": "parts", "label": "Parts", "isRepeating": true, "components": [
                {"type": "textfield", "key": "part", "label": "Part", "validate": {"required": true, "maxLength": 10}},
                {"type": "number", "key": "qty", "label": "Qty", "validate": {"required": true, "min": 1}},
                {"type": "textfield", "key": "serial", "label": "Serial"}
              ]}
            ]}""".getBytes(StandardCharsets.UTF_8)));

    private final FormSubmissionCheck listCheck = new FormSubmissionCheck(LIST_FORM, "List", new TextLimits(50, 200, 3));

    @Test
    void aListIsOneFieldWhoseRowsHaveTheListsColumns() {
        assertThat(LIST_FORM.fields().keySet()).containsExactly("parts");
        assertThat(LIST_FORM.field("parts").isList()).isTrue();
        assertThat(LIST_FORM.field("parts").columns().keySet()).containsExactly("part", "qty", "serial");
    }

    @Test
    void listRowsAsTasklistSendsThemPass() {
        assertThatCode(() -> runList("Json", JSON.writeValueAsString(
                "[{\"part\": \"P-1\", \"qty\": 2, \"serial\": \"S\"}, {\"part\": \"P-2\", \"qty\": 1}]")))
                .doesNotThrowAnyException();
        assertThatCode(() -> runList("Json", "\"[]\"")).doesNotThrowAnyException();
    }

    @Test
    void everyRowAndCellOfAListIsCheckedAndTheRefusalNamesListRowAndField() {
        assertListRefused("Json", rows("{\"part\": \"P-1\", \"qty\": 1}, {\"part\": \"P-2\", \"qty\": -1}"),
                "Parts, row 2 / 第 2 行: Qty must be at least 1");
        assertListRefused("Json", rows("{\"part\": \"P-1\", \"qty\": \"many\"}"),
                "Parts, row 1 / 第 1 行: Qty must be a number");
        assertListRefused("Json", rows("{\"qty\": 1}"), "Parts, row 1 / 第 1 行: Part is required");
        assertListRefused("Json", rows("{\"part\": \"P-1234567890\", \"qty\": 1}"),
                "Parts, row 1 / 第 1 行: Part is too long: at most 10 characters (you sent 12)");
        assertListRefused("Json", rows("{\"part\": {\"x\": 1}, \"qty\": 1}"),
                "Parts, row 1 / 第 1 行: Part must be a single value");
        assertListRefused("Json", rows("{\"part\": \"P-1\", \"qty\": 1, \"price\": 0}"),
                "Parts, row 1 / 第 1 行: 'price' is not a field of the list");
        assertListRefused("Json", rows("\"P-1\""), "Parts, row 1 / 第 1 行 must be a row of fields");
    }

    @Test
    void aListIsAListOfAtMostTheRowLimitSentAsJson() throws Exception {
        assertListRefused("Json", rows("{\"part\": \"P\", \"qty\": 1}, ".repeat(3) + "{\"part\": \"P\", \"qty\": 1}"),
                "Parts has too many rows: at most 3 (you sent 4)");
        assertListRefused("Json", JSON.writeValueAsString("{\"part\": \"P\"}"), "Parts must be a list of rows");
        assertListRefused("Json", JSON.writeValueAsString("P-1 | Fuse | 1 | 2.50"), "Parts must be a list of rows, not text");
        assertListRefused("String", rows("{\"part\": \"P\", \"qty\": 1}"),
                "Parts must be sent as a list of rows (type Json, the rows as JSON text)");
        assertListRefused("Json", "[{\"part\": \"P\", \"qty\": 1}]",
                "Parts must be sent as a list of rows (type Json, the rows as JSON text)");
    }

    private static String rows(String rows) {
        try {
            return JSON.writeValueAsString("[" + rows + "]");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertListRefused(String type, String value, String message) {
        assertThatThrownBy(() -> runList(type, value)).isInstanceOf(SubmissionRefused.class).hasMessage(message);
    }

    private void runList(String type, String value) throws Exception {
        listCheck.check(List.of(new Submitted("parts", type, JSON.readTree(value))), key -> null, key -> null);
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
