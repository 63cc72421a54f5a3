package com.relaycrm.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.relaycrm.loan.AlertKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What Tasklist shows of our models reads in English and Chinese (README "Tasklist forms": bilingual "English / 中文"):
 * every process name and user task name in processes/, and every label, option, description and text component
 * in forms/. A text with Latin letters must hold Chinese too; texts without letters (numbers, "{{recordPage}}"
 * alone) are exempt, as are names computed by an expression ("${...}") and codes shown as such (none so far).
 */
class BilingualTextsTest {

    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

    @Test
    void processAndUserTaskNamesAreBilingual() throws Exception {
        List<String> english = new ArrayList<>();
        for (Path bpmn : files("processes", ".bpmn")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            try (InputStream in = Files.newInputStream(bpmn)) {
                var document = factory.newDocumentBuilder().parse(in);
                for (String element : List.of("process", "userTask")) {
                    NodeList nodes = document.getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL",
                            element);
                    for (int i = 0; i < nodes.getLength(); i++) {
                        Element node = (Element) nodes.item(i);
                        check(english, bpmn, element + " " + node.getAttribute("id"), node.getAttribute("name"));
                    }
                }
            }
        }
        assertThat(english).as("names Tasklist shows in English only").isEmpty();
    }

    @Test
    void formLabelsOptionsAndHelpTextsAreBilingual() throws IOException {
        List<String> english = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        List<Path> forms = files("forms", ".form");
        assertThat(forms).hasSizeGreaterThan(20);
        for (Path form : forms) {
            walk(english, form, json.readTree(form.toFile()));
        }
        assertThat(english).as("form texts in English only").isEmpty();
    }

    /** The loan alert task's name is computed ({@code ${loanAlerts.taskName(alertKind)}}): bilingual where it is. */
    @Test
    void computedLoanAlertTaskNamesAreBilingual() {
        List<String> english = new ArrayList<>();
        for (AlertKind kind : AlertKind.values()) {
            check(english, Path.of("AlertKind.java"), kind.name(), kind.taskName());
        }
        assertThat(english).as("loan alert task names in English only").isEmpty();
    }

    /** The service forms show the queue in words: every queue the triage table can give has an option there. */
    @Test
    void everyQueueOfTheTriageTableHasWordsOnTheServiceForms() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("rules", "service-triage.drl.csv"));
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("Request type,")).findFirst().orElseThrow());
        Set<String> queues = new java.util.TreeSet<>();
        for (String row : lines.subList(header + 1, lines.size())) {
            String[] cells = row.split(",", -1);
            if (cells.length > 2 && !cells[2].isBlank()) {
                queues.add(cells[2].trim());
            }
        }
        assertThat(queues).contains("field-service");
        ObjectMapper json = new ObjectMapper();
        for (String form : List.of("service-request-dispatch", "sla-escalation")) {
            JsonNode queue = null;
            for (JsonNode component : json.readTree(Path.of("forms", form + ".form").toFile()).path("components")) {
                if ("queue".equals(component.path("key").asText())) {
                    queue = component;
                }
            }
            assertThat(queue).as("queue field of " + form).isNotNull();
            Set<String> offered = new java.util.TreeSet<>();
            queue.path("values").forEach(option -> offered.add(option.path("value").asText()));
            assertThat(offered).as("queues " + form + " shows in words").containsAll(queues);
        }
    }

    private static void walk(List<String> english, Path form, JsonNode component) {
        String where = component.path("key").asText(component.path("id").asText());
        for (String property : List.of("label", "description", "text")) {
            if (component.path(property).isTextual()) {
                check(english, form, where + " " + property, component.path(property).asText());
            }
        }
        for (JsonNode option : component.path("values")) {
            check(english, form, where + " option " + option.path("value").asText(), option.path("label").asText());
        }
        for (JsonNode child : component.path("components")) {
            walk(english, form, child);
        }
    }

    private static void check(List<String> english, Path file, String where, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        // the record link's address is no text a person reads; a name computed by an expression is checked where
        // it is computed
        String read = text.replaceAll("\\{\\{[^}]*}}", "").replaceAll("\\$\\{[^}]*}", "");
        if (LATIN.matcher(read).find() && !CJK.matcher(read).find()) {
            english.add(file.getFileName() + " " + where + ": " + text);
        }
    }

    private static List<Path> files(String folder, String suffix) throws IOException {
        try (Stream<Path> paths = Files.list(Path.of(folder))) {
            return paths.filter(p -> p.toString().endsWith(suffix))
                    .sorted().toList();
        }
    }
}
