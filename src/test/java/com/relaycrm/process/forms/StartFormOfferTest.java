package com.relaycrm.process.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.relaycrm.process.FormOptions.Option;
import com.relaycrm.process.StartFormOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** A start form's text field naming its choices becomes a select of the person's choices, or stays as it is. */
class StartFormOfferTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM = """
            {"components": [
              {"type": "textfield", "key": "customerCode", "label": "Customer / 客户",
               "description": "Type the customer code / 输入客户编号",
               "validate": {"required": true, "pattern": "CUST-[0-9]+", "maxLength": 40},
               "properties": {"relay:options": "customers"}},
              {"type": "group", "components": [
                {"type": "textfield", "key": "departmentCode", "properties": {"relay:options": "departments"}}]},
              {"type": "textfield", "key": "subject"}
            ]}""";

    private final StartFormOffer offer = new StartFormOffer(sources(
            source("customers", user -> user.equals("desk") ? Optional.empty() : Optional.of(List.of(
                    new Option("Huaxin (CUST-0001)", "CUST-0001"), new Option("Wang Fang (CUST-0003)", "CUST-0003")))),
            source("departments", user -> Optional.of(List.of(new Option("Sales North (SALES-N)", "SALES-N"))))));

    @Test
    void theFieldsBecomeSelectsOfThePersonsChoicesAndASingleOneIsPreselected() throws Exception {
        JsonNode form = JSON.readTree(offer.forPerson("sales1", FORM.getBytes(StandardCharsets.UTF_8)));
        JsonNode customer = form.path("components").get(0);
        assertThat(customer.path("type").asText()).isEqualTo("select");
        assertThat(customer.path("values").findValuesAsText("value")).containsExactly("CUST-0001", "CUST-0003");
        assertThat(customer.path("validate").path("required").asBoolean()).isTrue();
        assertThat(customer.path("validate").has("pattern")).as("a select has no text pattern").isFalse();
        assertThat(customer.has("description")).as("the typing hint goes").isFalse();
        assertThat(customer.has("defaultValue")).isFalse();
        assertThat(customer.has("searchable")).as("two choices need no search").isFalse();
        JsonNode department = form.path("components").get(1).path("components").get(0);
        assertThat(department.path("type").asText()).isEqualTo("select");
        assertThat(department.path("defaultValue").asText()).isEqualTo("SALES-N");
        assertThat(form.path("components").get(2).path("type").asText()).isEqualTo("textfield");
    }

    @Test
    void aLongListCanBeSearched() throws Exception {
        List<Option> many = java.util.stream.IntStream.rangeClosed(1, StartFormOffer.SEARCHABLE_FROM + 1)
                .mapToObj(i -> new Option("Customer " + i + " (CUST-" + i + ")", "CUST-" + i)).toList();
        StartFormOffer longList = new StartFormOffer(sources(source("customers", user -> Optional.of(many))));
        JsonNode customer = JSON.readTree(longList.forPerson("desk", FORM.getBytes(StandardCharsets.UTF_8)))
                .path("components").get(0);
        assertThat(customer.path("searchable").asBoolean()).isTrue();
        assertThat(customer.path("values")).hasSize(many.size());
    }

    @Test
    void withoutChoicesTheFieldStaysATextField() throws Exception {
        JsonNode form = JSON.readTree(offer.forPerson("desk", FORM.getBytes(StandardCharsets.UTF_8)));
        JsonNode customer = form.path("components").get(0);
        assertThat(customer.path("type").asText()).isEqualTo("textfield");
        assertThat(customer.path("validate").path("pattern").asText()).isEqualTo("CUST-[0-9]+");
        assertThat(customer.path("description").asText()).isEqualTo("Type the customer code / 输入客户编号");
    }

    @Test
    void somethingThatIsNotAFormIsPassedOnAsItIs() {
        byte[] error = "{\"type\":\"NotFound\"".getBytes(StandardCharsets.UTF_8);
        assertThat(offer.forPerson("sales1", error)).isSameAs(error);
    }

    private static StartFormOptions source(String name,
                                           java.util.function.Function<String, Optional<List<Option>>> options) {
        return new StartFormOptions() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<List<Option>> options(String userId) {
                return options.apply(userId);
            }
        };
    }

    private static org.springframework.beans.factory.ObjectProvider<StartFormOptions> sources(
            StartFormOptions... sources) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        for (int i = 0; i < sources.length; i++) {
            beans.addBean("source" + i, sources[i]);
        }
        return beans.getBeanProvider(StartFormOptions.class);
    }
}
