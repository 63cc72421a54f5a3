package com.relaycrm.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A field a step requires only for one choice is asked in the form only then, and required there (README "Tasklist
 * forms": errors next to the field): form-js validates the fields it shows, so the person sees "Field is required."
 * under it instead of the step's refusal after sending. Each row is a rule a step enforces (named in the row).
 */
class ChoiceDependentFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> rules() {
        return Stream.of(
                // ExpenseService.recordDecision: "say why the request is rejected", "name the user to transfer to"
                Arguments.of("expense-approval", "rejectionReason", "approvalDecision != \"REJECT\""),
                Arguments.of("expense-approval", "transferTo", "approvalDecision != \"TRANSFER\""),
                // LoanService.recordFeedback / requestSettlement
                Arguments.of("loan-follow-up", "feedback", "followUpAction != \"FEEDBACK\""),
                Arguments.of("loan-follow-up", "conversionType", "followUpAction != \"CONVERT\""),
                Arguments.of("loan-follow-up", "newCustomerCode", "conversionType != \"LOAN\""),
                // LeadConversion: a new customer or an existing one; an opportunity needs its name
                Arguments.of("lead-follow-up", "existingCustomerId", "createCustomer = true"),
                Arguments.of("lead-follow-up", "opportunityName", "createOpportunity != true"),
                // StagePromotion: "confirm the stage's milestones before promoting"
                Arguments.of("opportunity-promotion", "milestonesMet", "promotion != \"ADVANCE\""),
                // ApprovalDelegations.delegate: a delegation names the substitute and until when
                Arguments.of("approval-delegation-start", "substitute", "delegationAction != \"DELEGATE\""),
                Arguments.of("approval-delegation-start", "delegateUntil", "delegationAction != \"DELEGATE\""));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rules")
    void theFieldIsShownForItsChoiceOnlyAndRequiredThere(String form, String key, String hiddenWhen)
            throws IOException {
        JsonNode field = field(form, key);
        assertThat(field.path("conditional").path("hide").asText()).as("%s hidden unless its choice", key)
                .contains(hiddenWhen);
        assertThat(field.path("validate").path("required").asBoolean()).as("%s required when shown", key).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void nothingElseInTheFormHasTheSameKey(String form, String key, String hiddenWhen) throws IOException {
        // form-js refuses a form whose keys repeat, so "optional comment" and "required reason" are two fields
        assertThat(components(JSON.readTree(Path.of("forms", form + ".form").toFile()).path("components"))
                .filter(c -> key.equals(c.path("key").asText())).count()).isOne();
    }

    private static JsonNode field(String form, String key) throws IOException {
        return components(JSON.readTree(Path.of("forms", form + ".form").toFile()).path("components"))
                .filter(c -> key.equals(c.path("key").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(form + " has no field " + key));
    }

    private static Stream<JsonNode> components(JsonNode list) {
        Stream.Builder<JsonNode> all = Stream.builder();
        list.forEach(c -> {
            all.add(c);
            components(c.path("components")).forEach(all::add);
        });
        return all.build();
    }
}
