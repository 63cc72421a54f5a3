package com.relaycrm.expense;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.support.Api;
import com.relaycrm.support.ProcessDriver;
import com.relaycrm.support.RelayIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Expense requests over REST: validation naming the field, and who may read what (数据权限). */
@RelayIntegrationTest
class ExpenseApiTest {

    @Autowired Api api;
    @Autowired RuntimeService runtimeService;
    @Autowired ProcessDriver driver;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void staffSubmitARequestThatStartsItsApprovalProcess() {
        ResponseEntity<Map<String, Object>> created = api.post("sales1", "/api/expenses",
                "{\"departmentCode\":\"SALES-N\",\"type\":\"ENTERTAINMENT\",\"amount\":880.50,"
                        + "\"purpose\":\"Dinner with CUST-0001 buyers\",\"linkType\":\"CUSTOMER\",\"linkId\":1}");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> body = created.getBody();
        assertThat((String) body.get("requestNumber")).matches("EXP-\\d{6}");
        assertThat(body.get("requesterId")).isEqualTo("sales1");
        assertThat(body.get("currency")).isEqualTo("CNY");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(
                (String) body.get("requestNumber")).processDefinitionKey("expense-approval").count()).isEqualTo(1);
    }

    @Test
    void badInputIsAnswered400NamingTheField() {
        assertBadRequest("{\"type\":\"TRAVEL\",\"amount\":10,\"purpose\":\"p\"}", "departmentCode");
        assertBadRequest("{\"departmentCode\":\"NOPE\",\"type\":\"TRAVEL\",\"amount\":10,\"purpose\":\"p\"}", "departmentCode");
        assertBadRequest("{\"departmentCode\":\"SALES-N\",\"type\":\"JET\",\"amount\":10,\"purpose\":\"p\"}", "type");
        assertBadRequest("{\"departmentCode\":\"SALES-N\",\"type\":\"TRAVEL\",\"amount\":-1,\"purpose\":\"p\"}", "amount");
        assertBadRequest("{\"departmentCode\":\"SALES-N\",\"type\":\"TRAVEL\",\"amount\":1.234,\"purpose\":\"p\"}", "amount");
        assertBadRequest("{\"departmentCode\":\"SALES-N\",\"type\":\"TRAVEL\",\"amount\":10,\"purpose\":\" \"}", "purpose");
        assertBadRequest("{\"departmentCode\":\"SALES-N\",\"type\":\"TRAVEL\",\"amount\":10,\"purpose\":\"p\",\"currency\":\"euro\"}", "currency");
        assertBadRequest("{\"departmentCode\":\"SALES-N\",\"type\":\"TRAVEL\",\"amount\":10,\"purpose\":\"p\",\"linkType\":\"ORDER\"}", "linkId");
        assertBadRequest("{\"departmentCode\":\"SALES-N\",\"type\":\"TRAVEL\",\"amount\":10,\"purpose\":\"p\",\"linkType\":\"CUSTOMER\",\"linkId\":987654321}", "linkId");
    }

    @Test
    void requesterSeesOwnFinanceSeesAllApproversSeeWhatCameToThemOthersNothing() {
        String id = submit("sales1", "SALES-N", "300");
        runChain(id);

        assertThat(api.getJson("sales1", "/api/expenses/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.getJson("finance1", "/api/expenses/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.getJson("demo", "/api/expenses/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<Map<String, Object>> asManager = api.getJson("salesmgr1", "/api/expenses/" + id);
        assertThat(asManager.getStatusCode()).as("the sales managers approve it").isEqualTo(HttpStatus.OK);
        assertThat((List<?>) asManager.getBody().get("steps")).hasSize(1);
        assertThat(api.getJson("service1", "/api/expenses/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.getJson("servicemgr1", "/api/expenses/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(api.allPages("sales1", "/api/expenses")).contains("\"id\":" + id + ",");
        assertThat(api.allPages("finance1", "/api/expenses")).contains("\"id\":" + id + ",");
        assertThat(api.allPages("service1", "/api/expenses")).doesNotContain("\"id\":" + id + ",");
    }

    @Test
    void withdrawingWithoutHavingApprovedIsRefused() {
        String id = submit("sales1", "SALES-N", "300");
        runChain(id);
        assertThat(api.post("sales1", "/api/expenses/" + id + "/withdraw", "{}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.post(null, "/api/expenses/" + id + "/withdraw", "{}").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void managersSeeApprovalsWaitingLongerThanNHoursPerApprover() {
        String id = submit("sales1", "SALES-N", "310");
        runChain(id);
        String number = api.getJson("sales1", "/api/expenses/" + id).getBody().get("request") instanceof Map<?, ?> r
                ? (String) r.get("requestNumber") : null;
        assertThat(number).startsWith("EXP-");
        assertThat(api.get("salesmgr1", "/api/expenses/waiting-approvals?hours=24").getBody()).doesNotContain(number);

        jdbc.update("update expense_approval_step set created_at = ? where expense_request_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofHours(30))), Long.valueOf(id));
        String report = api.get("salesmgr1", "/api/expenses/waiting-approvals?hours=24").getBody();
        assertThat(report).contains("\"approver\":\"group:sales-manager\"", "\"requestNumber\":\"" + number + "\"",
                "\"hoursWaiting\":30");
        assertThat(api.get("sales1", "/api/expenses/waiting-approvals?hours=24").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get("salesmgr1", "/api/expenses/waiting-approvals?hours=-1").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private String submit(String user, String department, String amount) {
        ResponseEntity<Map<String, Object>> created = api.post(user, "/api/expenses", "{\"departmentCode\":\""
                + department + "\",\"type\":\"TRAVEL\",\"amount\":" + amount + ",\"purpose\":\"Trip\"}");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").toString();
    }

    private void runChain(String id) {
        String processInstanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey("expense-approval")
                .variableValueEquals("expenseRequestId", Long.valueOf(id)).singleResult().getId();
        driver.runJobs(processInstanceId);
    }

    @SuppressWarnings("unchecked")
    private void assertBadRequest(String json, String field) {
        ResponseEntity<Map<String, Object>> response = api.post("sales1", "/api/expenses", json);
        assertThat(response.getStatusCode()).as(json).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = ((List<Map<String, String>>) response.getBody().get("fields")).stream()
                .map(f -> f.get("field")).toList();
        assertThat(fields).as(json).contains(field);
    }
}
