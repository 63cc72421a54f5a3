package com.relaycrm.process;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The choices of a start form's field for the person opening it. Tasklist loads no variables for a start form
 * (Camunda 7.24's Camunda Forms start forms are rendered from the form alone), so {@code valuesKey} cannot feed them;
 * instead a text field of a start form names its source with the custom property
 * {@code "properties": {"relay:options": "<name>"}} and the application turns it into a select of these choices when
 * Tasklist fetches the form ({@code process/forms/StartFormOffer}). A single choice is preselected.
 * Without choices (too many to list, or none the person may pick) the field stays the text field it is in the form,
 * and the step behind the form checks what is typed, as it checks a chosen value. A select's help text is the field's
 * custom property {@code relay:select-description} (the text field's own one explains typing).
 */
public interface StartFormOptions {

    /** The name a start form's field gives in its {@code relay:options} property, e.g. {@code customerCodes}. */
    String name();

    /**
     * The choices for this person, in the order shown; empty when the field should stay a text field (the person
     * may see more than a list can hold, or may pick none).
     */
    default Optional<List<FormOptions.Option>> options(String userId) {
        return Optional.empty();
    }

    /**
     * Choices that depend on what is picked in another field of the form (named by the field's custom property
     * {@code relay:options-by}): for each value of that field (a customer's code), its choices (the customer's
     * assets). Empty when the field should stay a text field.
     */
    default Optional<Map<String, List<FormOptions.Option>>> optionsBy(String userId) {
        return Optional.empty();
    }
}
