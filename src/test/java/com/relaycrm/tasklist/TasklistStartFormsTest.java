package com.relaycrm.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.relaycrm.support.RelayIntegrationTest;
import com.relaycrm.support.TasklistSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tasklist's "Start process" as the people who use it, over the engine REST API exactly as Tasklist calls it: the
 * list holds only the processes with a start form that person may start, and the start forms of a lead, an
 * opportunity and a loan store their records as /api would (checked the same way, refused in the form's words with
 * nothing stored), each then running its own process.
 */
@RelayIntegrationTest
class TasklistStartFormsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENGINE = "/camunda/api/engine/engine/default";
    /** The query behind Tasklist's "Start process" dialog. */
    private static final String START_LIST = ENGINE + "/process-definition?latest=true&active=true"
            + "&startableInTasklist=true&startablePermissionCheck=true&firstResult=0&maxResults=50";

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theStartListHoldsExactlyWhatEachPersonMayStartWithAForm() {
        assertThat(startList("sales1")).containsExactlyInAnyOrder("Delegate my approvals / 委托我的审批", "Enter a lead / 录入线索",
                "Expense approval / 费用审批", "Open an opportunity / 创建商机", "Request a loan / 借出申请");
        assertThat(startList("service1")).containsExactlyInAnyOrder("Delegate my approvals / 委托我的审批", "Expense approval / 费用审批",
                "Request a loan / 借出申请", "Service request / 服务请求");
        assertThat(startList("engineer1")).containsExactlyInAnyOrder("Delegate my approvals / 委托我的审批", "Expense approval / 费用审批");
        // an administrator may start anything, but the processes Relay starts itself are not offered
        assertThat(startList("demo")).doesNotContain("Lead assignment and recycling / 线索分配与回收", "Opportunity stage promotion / 商机阶段推进",
                "Consumption points / 消费积分", "Loan of samples and demo units / 样机借出").contains("Enter a lead / 录入线索");
    }

    @Test
    void startFormsOfferThePersonsOwnCustomersAndDepartmentsToPickInsteadOfCodesToType() throws Exception {
        TasklistSession sales1 = TasklistSession.signIn(rest, "sales1");
        for (String process : List.of("opportunity-opening", "loan-request")) {
            JsonNode customer = startFormField(sales1, process, "customerCode");
            assertThat(customer.path("type").asText()).as(process).isEqualTo("select");
            assertThat(customer.path("label").asText()).isEqualTo("Customer / 客户");
            assertThat(values(customer)).as("a rep's own customers only").contains("CUST-0001", "CUST-0003")
                    .doesNotContain("CUST-0002");
            assertThat(labels(customer)).contains("北京华信科技有限公司 Huaxin Technology (CUST-0001)");
        }
        // the department of the requester is preselected, by name
        JsonNode department = startFormField(sales1, "expense-approval", "departmentCode");
        assertThat(department.path("type").asText()).isEqualTo("select");
        assertThat(labels(department)).containsExactly("华北销售部 Sales North (SALES-N)");
        assertThat(department.path("defaultValue").asText()).isEqualTo("SALES-N");

        // a substitute is picked among the person's colleagues, by name
        JsonNode substitute = startFormField(sales1, "approval-delegation", "substitute");
        assertThat(substitute.path("type").asText()).isEqualTo("select");
        assertThat(labels(substitute)).contains("Zhao Lei (salesmgr1)", "Wang Tao (sales2)")
                .noneMatch(label -> label.endsWith("(sales1)"));
        assertThat(values(startFormField(TasklistSession.signIn(rest, "engineer1"), "approval-delegation",
                "substitute"))).contains("engineer2").doesNotContain("engineer1", "sales1");

        // the service desk sees every customer
        JsonNode serviceCustomer = startFormField(TasklistSession.signIn(rest, "service1"), "service-request",
                "customerCode");
        assertThat(values(serviceCustomer)).contains("CUST-0001", "CUST-0002", "CUST-0003");
        assertThat(serviceCustomer.has("defaultValue")).as("several: nothing preselected").isFalse();

        // the engine REST API's own mount gives the same form to the same person
        ResponseEntity<String> basic = rest.withBasicAuth("sales1", "sales1").getForEntity(
                "/engine-rest/process-definition/key/opportunity-opening/deployed-start-form", String.class);
        assertThat(values(field(JSON.readTree(basic.getBody()), "customerCode"))).doesNotContain("CUST-0002")
                .contains("CUST-0001");
    }

    @Test
    void aLeadEnteredOnTheStartFormIsStoredForTheRepAndRunsItsLifecycle() {
        TasklistSession sales1 = TasklistSession.signIn(rest, "sales1");
        String name = "Start form lead " + System.nanoTime();
        ResponseEntity<String> started = sales1.post(ENGINE + "/process-definition/key/lead-entry/submit-form",
                "{\"variables\": {\"name\": {\"value\": \"" + name + "\"}, \"company\": {\"value\": \"Acme\"},"
                        + " \"source\": {\"value\": \"EVENT\"}, \"phone\": {\"value\": \"010-5555-0199\"}}}");
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);

        Long leadId = jdbc.queryForObject("select id from sales_lead where name = ?", Long.class, name);
        assertThat(jdbc.queryForObject("select created_by from sales_lead where id = ?", String.class, leadId))
                .isEqualTo("sales1");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("lead-lifecycle")
                .processInstanceBusinessKey("LEAD-" + leadId).count()).isOne();
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("lead-entry")
                .processInstanceBusinessKey("LEAD-" + leadId).finished().count()).isOne();
    }

    @Test
    void anOpportunityAndALoanStartedFromTheirFormsRunTheirOwnProcesses() {
        TasklistSession sales1 = TasklistSession.signIn(rest, "sales1");
        String name = "Start form deal " + System.nanoTime();
        ResponseEntity<String> opened = sales1.post(ENGINE + "/process-definition/key/opportunity-opening/submit-form",
                "{\"variables\": {\"customerCode\": {\"value\": \"CUST-0001\"}, \"name\": {\"value\": \"" + name
                        + "\"}, \"amount\": {\"value\": 12000}, \"expectedCloseOn\": {\"value\": \""
                        + LocalDate.now().plusMonths(2) + "\"}}}");
        assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(200);
        Long opportunityId = jdbc.queryForObject("select id from opportunity where name = ?", Long.class, name);
        assertThat(jdbc.queryForObject("select owner_id from opportunity where id = ?", String.class,
                opportunityId)).isEqualTo("sales1");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("opportunity")
                .processInstanceBusinessKey("OPP-" + opportunityId).count()).isOne();

        String purpose = "Start form trial " + System.nanoTime();
        ResponseEntity<String> requested = sales1.post(ENGINE + "/process-definition/key/loan-request/submit-form",
                loan("CUST-0001", purpose, LocalDate.now().plusDays(1)));
        assertThat(requested.getStatusCode().value()).as(requested.getBody()).isEqualTo(200);
        String loanNumber = jdbc.queryForObject("select loan_number from loan where purpose = ?", String.class,
                purpose);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("loan")
                .processInstanceBusinessKey(loanNumber).count()).isOne();
    }

    @Test
    void aRefusedStartFormIsAnsweredInTheFormsWordsAndStoresNothing() {
        TasklistSession sales1 = TasklistSession.signIn(rest, "sales1");
        String purpose = "Refused trial " + System.nanoTime();
        // CUST-0002 belongs to another rep
        ResponseEntity<String> hidden = sales1.post(ENGINE + "/process-definition/key/loan-request/submit-form",
                loan("CUST-0002", purpose, LocalDate.now().plusDays(1)));
        assertThat(hidden.getStatusCode().value()).isEqualTo(400);
        assertThat(message(hidden)).isEqualTo("Customer / 客户: no customer CUST-0002 of yours / 没有您的客户 CUST-0002");
        // the API's own check: feedback before shipping
        ResponseEntity<String> dates = sales1.post(ENGINE + "/process-definition/key/loan-request/submit-form",
                loan("CUST-0001", purpose, LocalDate.now().plusDays(30)));
        assertThat(dates.getStatusCode().value()).isEqualTo(400);
        assertThat(message(dates)).isEqualTo("Expected feedback date / 预计反馈日期 must not be before the expected ship date"
                + " / 不能早于预计发货日期")
                .doesNotContain("expectedFeedbackDate", "ENGINE-");
        assertThat(jdbc.queryForObject("select count(*) from loan where purpose = ?", Integer.class, purpose)).isZero();

        // service1 may request loans but not enter leads
        ResponseEntity<String> notAllowed = TasklistSession.signIn(rest, "service1").post(
                ENGINE + "/process-definition/key/lead-entry/submit-form",
                "{\"variables\": {\"name\": {\"value\": \"Nobody\"}, \"source\": {\"value\": \"EVENT\"}}}");
        assertThat(notAllowed.getStatusCode().value()).isEqualTo(403);
    }

    private static String loan(String customerCode, String purpose, LocalDate ship) {
        LocalDate later = LocalDate.now().plusDays(10);
        return "{\"variables\": {\"customerCode\": {\"value\": \"" + customerCode + "\"}, \"purpose\": {\"value\": \""
                + purpose + "\"}, \"expectedShipDate\": {\"value\": \"" + ship + "\"},"
                + " \"expectedFeedbackDate\": {\"value\": \"" + later + "\"}, \"expectedReturnDate\": {\"value\": \""
                + later.plusDays(30) + "\"}, \"product\": {\"value\": \"Demo printer\"},"
                + " \"quantity\": {\"value\": 1}, \"unitPrice\": {\"value\": 1000}}}";
    }

    private List<String> startList(String user) {
        ResponseEntity<String> answer = TasklistSession.signIn(rest, user).get(START_LIST);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        try {
            for (JsonNode definition : JSON.readTree(answer.getBody())) {
                names.add(definition.path("name").asText(definition.path("key").asText()));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(answer.getBody(), e);
        }
        return names;
    }

    private static String message(ResponseEntity<String> answer) {
        try {
            return JSON.readTree(answer.getBody()).path("message").asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(answer.getBody(), e);
        }
    }

    private static JsonNode startFormField(TasklistSession session, String processKey, String key) throws Exception {
        ResponseEntity<String> form = session.get(ENGINE + "/process-definition/key/" + processKey
                + "/deployed-start-form");
        assertThat(form.getStatusCode().value()).as(form.getBody()).isEqualTo(200);
        return field(JSON.readTree(form.getBody()), key);
    }

    private static JsonNode field(JsonNode form, String key) {
        for (JsonNode component : form.path("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
        }
        throw new AssertionError("no field " + key + " in " + form);
    }

    private static List<String> values(JsonNode select) {
        List<String> values = new ArrayList<>();
        select.path("values").forEach(option -> values.add(option.path("value").asText()));
        return values;
    }

    private static List<String> labels(JsonNode select) {
        List<String> labels = new ArrayList<>();
        select.path("values").forEach(option -> labels.add(option.path("label").asText()));
        return labels;
    }
}
