package com.relaycrm.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.relaycrm.process.ProcessGateway;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Java, the diagrams and the forms name the same things. Every executable process in {@code processes/} has
 * exactly one {@link ProcessGateway}; what its nested {@code Tasks}, {@code Timers}, {@code Messages}, {@code Forms}
 * and {@code Variables} classes name exists in the diagram or in the forms the diagram references, and every user
 * task, timer, message, form reference and variable found there is named by the gateway. A renamed task id, a form
 * field whose key changed or a condition reading a variable nobody sets fails here, not in production.
 */
class ProcessModelContractTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    /** ${...} or #{...}; the diagrams hold no nested braces. */
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w'\"])([A-Za-z_][A-Za-z0-9_]*)");
    /** What an expression names that is not a process variable: JUEL operators and literals, the engine's own names. */
    private static final Set<String> NOT_VARIABLES = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
            "div", "mod", "empty", "instanceof", "true", "false", "null", "execution", "task", "authenticatedUserId",
            "loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "variables");

    private static Map<String, Model> models;
    private static Map<String, Class<?>> gateways;

    @BeforeAll
    static void readModelsAndGateways() throws Exception {
        Map<String, JsonNode> forms = readForms();
        models = new TreeMap<>();
        try (Stream<Path> files = Files.list(PROCESSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                for (Model model : Model.read(file, forms)) {
                    assertThat(models.put(model.key, model)).as("process key %s declared twice", model.key).isNull();
                }
            }
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ProcessGateway.class));
        gateways = new TreeMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("com.relaycrm")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            String key = type.getAnnotation(ProcessGateway.class).value();
            Class<?> earlier = gateways.put(key, type);
            assertThat(earlier).as("process %s has two gateways: %s and %s", key, earlier, type).isNull();
        }
    }

    @Test
    void everyExecutableProcessHasExactlyOneGatewayAndEveryGatewayAProcess() {
        assertThat(gateways.keySet()).as("process keys of the @ProcessGateway classes")
                .containsExactlyInAnyOrderElementsOf(models.keySet());
    }

    @TestFactory
    Stream<DynamicTest> eachGatewayNamesWhatItsDiagramAndFormsHold() {
        return gateways.entrySet().stream().filter(e -> models.containsKey(e.getKey())).map(e -> DynamicTest.dynamicTest(
                e.getValue().getSimpleName() + " ↔ " + models.get(e.getKey()).file,
                () -> check(e.getValue(), models.get(e.getKey()))));
    }

    private static void check(Class<?> gateway, Model model) {
        List<String> problems = new ArrayList<>();
        compare(problems, gateway, "Tasks", "user task id", model.userTasks, Set.of());
        compare(problems, gateway, "Timers", "timer event id", model.timers, Set.of());
        compare(problems, gateway, "Messages", "message name", model.messages, Set.of());
        compare(problems, gateway, "Forms", "form id (camunda:formRef)", model.formRefs, Set.of());
        Set<String> data = constants(gateway, "Data");
        Set<String> declaredVariables = constants(gateway, "Variables");
        Set<String> overlap = new TreeSet<>(data);
        overlap.retainAll(declaredVariables);
        if (!overlap.isEmpty()) {
            problems.add("named both in Variables and in Data: " + overlap);
        }
        Set<String> modelVariables = new TreeSet<>(model.expressionVariables);
        modelVariables.addAll(model.formFields);
        compare(problems, gateway, "Variables", "variable in an expression or a form field", modelVariables, data);
        Set<String> dataInModel = new TreeSet<>(data);
        dataInModel.retainAll(modelVariables);
        if (!dataInModel.isEmpty()) {
            problems.add("Data names variables the diagram or its forms use (move them to Variables): " + dataInModel);
        }
        assertThat(problems).as("%s against %s (expressions read %s; form fields %s)", gateway.getName(), model.file,
                model.expressionVariables, model.formFields).isEmpty();
    }

    private static void compare(List<String> problems, Class<?> gateway, String group, String what, Set<String> inModel,
                                Set<String> alsoAllowed) {
        Set<String> named = constants(gateway, group);
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(inModel);
        if (!missing.isEmpty()) {
            problems.add(group + " names what the model does not hold as a " + what + ": " + missing);
        }
        Set<String> unnamed = new TreeSet<>(inModel);
        unnamed.removeAll(named);
        unnamed.removeAll(alsoAllowed);
        if (!unnamed.isEmpty()) {
            problems.add("the model has a " + what + " that " + gateway.getSimpleName() + "." + group
                    + " does not name: " + unnamed);
        }
    }

    /** The values of the public static final String constants of the gateway's nested class, or none. */
    static Set<String> constants(Class<?> gateway, String nestedName) {
        for (Class<?> nested : gateway.getDeclaredClasses()) {
            if (nested.getSimpleName().equals(nestedName)) {
                Set<String> values = new TreeSet<>();
                for (Field field : nested.getDeclaredFields()) {
                    int mod = field.getModifiers();
                    if (Modifier.isStatic(mod) && Modifier.isFinal(mod) && field.getType() == String.class) {
                        try {
                            field.setAccessible(true);
                            values.add((String) field.get(null));
                        } catch (IllegalAccessException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
                return values;
            }
        }
        return Set.of();
    }

    private static Map<String, JsonNode> readForms() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> forms = new TreeMap<>();
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                JsonNode form = json.readTree(file.toFile());
                forms.put(form.path("id").asText(), form);
            }
        }
        return forms;
    }

    /** What one executable process of a diagram holds. */
    record Model(String key, String file, Set<String> userTasks, Set<String> timers, Set<String> messages,
                 Set<String> formRefs, Set<String> expressionVariables, Set<String> formFields) {

        static List<Model> read(Path file, Map<String, JsonNode> forms) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(file.toFile());
            Set<String> messages = new TreeSet<>();
            for (Element message : elements(document.getDocumentElement(), BPMN, "message")) {
                messages.add(message.getAttribute("name"));
            }
            List<Model> models = new ArrayList<>();
            for (Element process : elements(document.getDocumentElement(), BPMN, "process")) {
                if (!"true".equals(process.getAttribute("isExecutable"))) {
                    continue;
                }
                Set<String> userTasks = ids(elements(process, BPMN, "userTask"), e -> true);
                Set<String> timers = ids(descendants(process).filter(e -> BPMN.equals(e.getNamespaceURI())
                        && e.getLocalName().endsWith("Event")).toList(),
                        e -> !elements(e, BPMN, "timerEventDefinition").isEmpty());
                Set<String> formRefs = descendants(process).map(e -> e.getAttributeNS(CAMUNDA, "formRef"))
                        .filter(ref -> !ref.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
                Set<String> variables = new TreeSet<>();
                descendants(process).forEach(e -> collectVariables(e, variables));
                Set<String> fields = new TreeSet<>();
                for (String ref : formRefs) {
                    JsonNode form = forms.get(ref);
                    assertThat(form).as("%s references form %s, which no file in forms/ declares", file, ref)
                            .isNotNull();
                    collectFields(form, fields);
                }
                models.add(new Model(process.getAttribute("id"), file.getFileName().toString(), userTasks, timers,
                        messages, formRefs, variables, fields));
            }
            return models;
        }

        /** Variables the element names: in expressions (not delegates or listeners: those name beans) or as names. */
        private static void collectVariables(Element element, Set<String> variables) {
            for (String attribute : List.of("initiator", "elementVariable", "resultVariable", "variableName")) {
                String name = element.getAttributeNS(CAMUNDA, attribute);
                if (!name.isEmpty()) {
                    variables.add(name);
                }
            }
            if (CAMUNDA.equals(element.getNamespaceURI()) && element.getLocalName().equals("outputParameter")) {
                variables.add(element.getAttribute("name"));
            }
            if (CAMUNDA.equals(element.getNamespaceURI()) && element.getLocalName().equals("out")
                    && !element.getAttribute("target").isEmpty()) {
                variables.add(element.getAttribute("target"));
            }
            var attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                String name = attribute.getLocalName();
                if (!"delegateExpression".equals(name) && !"class".equals(name)) {
                    expressionVariables(attribute.getNodeValue(), variables);
                }
            }
            boolean listener = CAMUNDA.equals(element.getNamespaceURI()) && element.getLocalName().endsWith("Listener");
            if (!listener) {
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                        expressionVariables(child.getNodeValue(), variables);
                    }
                }
            }
        }

        /** Identifiers an expression reads as variables: not operators, not beans or functions (followed by . or (). */
        static void expressionVariables(String text, Set<String> variables) {
            Matcher expression = EXPRESSION.matcher(text);
            while (expression.find()) {
                String body = expression.group(1).replaceAll("'[^']*'|\"[^\"]*\"", "''");
                Matcher identifier = IDENTIFIER.matcher(body);
                while (identifier.find()) {
                    String name = identifier.group(1);
                    String rest = body.substring(identifier.end()).stripLeading();
                    if (!NOT_VARIABLES.contains(name) && !rest.startsWith(".") && !rest.startsWith("(")) {
                        variables.add(name);
                    }
                }
            }
        }

        private static void collectFields(JsonNode node, Set<String> fields) {
            if (node.isObject()) {
                if (node.hasNonNull("key") && !"button".equals(node.path("type").asText())) {
                    fields.add(node.get("key").asText());
                }
                if (node.hasNonNull("valuesKey")) {
                    fields.add(node.get("valuesKey").asText());
                }
                if ("dynamiclist".equals(node.path("type").asText()) && node.hasNonNull("path")) {
                    // a table of rows is one variable (its path); the keys of its fields name cells of a row
                    fields.add(node.get("path").asText());
                    return;
                }
                node.elements().forEachRemaining(child -> collectFields(child, fields));
            } else if (node.isArray()) {
                node.elements().forEachRemaining(child -> collectFields(child, fields));
            }
        }

        private static Set<String> ids(List<Element> elements, java.util.function.Predicate<Element> which) {
            return elements.stream().filter(which).map(e -> e.getAttribute("id"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        private static List<Element> elements(Element root, String namespace, String localName) {
            NodeList nodes = root.getElementsByTagNameNS(namespace, localName);
            List<Element> result = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                result.add((Element) nodes.item(i));
            }
            return result;
        }

        private static Stream<Element> descendants(Element root) {
            return elements(root, "*", "*").stream();
        }
    }

    @Test
    void readsVariablesButNotBeansOperatorsOrStringsFromExpressions() {
        Set<String> found = new TreeSet<>();
        Model.expressionVariables("${!alertResolved && alertTaskNeeded}", found);
        Model.expressionVariables("${promotion == 'FAIL' and not empty ownerId}", found);
        Model.expressionVariables("${servicePlans.dueAt(execution)} ${now()} ${sla.hours > 2}", found);
        assertThat(found).containsExactly("alertResolved", "alertTaskNeeded", "ownerId", "promotion");
    }
}
