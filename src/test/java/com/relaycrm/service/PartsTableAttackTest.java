package com.relaycrm.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.relaycrm.customer.Customer;
import com.relaycrm.service.ServiceRequestCommands.NewServiceRequest;
import com.relaycrm.service.process.ServiceRequestProcess.Variables;
import com.relaycrm.support.Api;
import com.relaycrm.support.EngineRestAttacks;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.ProcessDriver;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import com.relaycrm.support.RelayIntegrationTest;

/**
 * The report form's table of parts (a dynamic list) is what an engineer's browser sends: a completion through the
 * engine REST API with a list of the wrong shape, wrong types, a negative quantity or a thousand rows is a 400 naming
 * the list, the row and the field, the task stays open and nothing is stored; the list Tasklist sends is accepted.
 */
@RelayIntegrationTest
class PartsTableAttackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired Api api;
    @Autowired EngineRestAttacks attacks;
    @Autowired ServiceRequestService desk;
    @Autowired ServiceRequestQueries queries;
    @Autowired Fixtures fixtures;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired ProcessDriver driver;

    @Test
    void aBadPartsListIsRefusedNamingRowAndFieldAndNothingIsStored() throws Exception {
        ServiceRequest request = acceptedByEngineer1();
        Task report = taskService.createTaskQuery().processInstanceId(request.getProcessInstanceId())
                .taskDefinitionKey("RepairAndReport").singleResult();

        // wrong types in a cell
        assertRefused(request, report, "Json", rows(row("P-1", "Fuse", "\"many\"", "2.50")),
                "Parts used / 使用的配件, row 1 / 第 1 行: Qty / 数量 must be a number");
        assertRefused(request, report, "Json", rows(row("P-1", "Fuse", "1", "{\"amount\": 1}")),
                "Parts used / 使用的配件, row 1 / 第 1 行: Unit price / 单价 must be a single value");
        // a negative quantity in the second row, a negative price
        assertRefused(request, report, "Json", rows(row("P-1", "Fuse", "1", "2.50"), row("P-2", "Belt", "-2", "1")),
                "Parts used / 使用的配件, row 2 / 第 2 行: Qty / 数量 must be at least 1");
        assertRefused(request, report, "Json", rows(row("P-1", "Fuse", "1", "-2.50")),
                "Parts used / 使用的配件, row 1 / 第 1 行: Unit price / 单价 must be at least 0");
        // a column the form does not have (the work order of someone else, say)
        assertRefused(request, report, "Json", "[{\"partNumber\": \"P-1\", \"description\": \"Fuse\", \"quantity\": 1,"
                        + " \"unitPrice\": 1, \"workOrderId\": 1}]",
                "Parts used / 使用的配件, row 1 / 第 1 行: 'workOrderId' is not a field of the list");
        // a thousand rows
        String[] thousand = new String[1000];
        java.util.Arrays.fill(thousand, row("P-1", "Fuse", "1", "2.50"));
        assertRefused(request, report, "Json", rows(thousand),
                "Parts used / 使用的配件 has too many rows: at most 100 (you sent 1000)");
        // within the guard's generic limit but over what one report lists: the service refuses, in both languages
        String[] fiftyOne = new String[51];
        java.util.Arrays.fill(fiftyOne, row("P-1", "Fuse", "1", "2.50"));
        assertRefused(request, report, "Json", rows(fiftyOne),
                "Parts used / 使用的配件 has too many rows: at most 50 (there are 51) / 行数过多：最多 50 行（当前 51 行）");
        // not a list: an object, the old text lines, a list not sent as Json
        assertRefused(request, report, "Json", "{\"partNumber\": \"P-1\"}", "Parts used / 使用的配件 must be a list of rows");
        assertRefused(request, report, "String", "P-1 | Fuse | 1 | 2.50 | OLD-1",
                "Parts used / 使用的配件 must be sent as a list of rows (type Json, the rows as JSON text)");
        assertRefused(request, report, "Object", rows(row("P-1", "Fuse", "1", "2.50")),
                "Parts used / 使用的配件 cannot be sent as Object");

        // what Tasklist sends for two rows is taken, and both parts are stored with the work order
        ResponseEntity<String> answer = complete(report, "Json",
                rows(row("P-1", "Fuse", "2", "2.50"), "{\"partNumber\": \"P-2\", \"description\": \"Belt\", "
                        + "\"quantity\": 1, \"unitPrice\": 30, \"oldPartSerial\": \"B-OLD\"}"));
        assertThat(answer.getStatusCode().value()).as(answer.toString()).isEqualTo(204);
        var details = queries.details(request.getId());
        assertThat(details.parts()).extracting(PartUsage::getPartNumber, PartUsage::getQuantity,
                PartUsage::getOldPartSerial).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("P-1", 2, null),
                org.assertj.core.groups.Tuple.tuple("P-2", 1, "B-OLD"));
        assertThat(details.settlement().getPartsAmount()).as("out of warranty: 2 × 2.50 + 30")
                .isEqualByComparingTo("35.00");
        assertThat(details.settlement().getTotalAmount()).as("and 1 h of labour at 80.00")
                .isEqualByComparingTo("115.00");
    }

    private void assertRefused(ServiceRequest request, Task report, String type, String value, String message)
            throws Exception {
        ResponseEntity<String> answer = complete(report, type, value);
        assertThat(answer.getStatusCode().value()).as(answer.toString()).isEqualTo(400);
        assertThat(JSON.readTree(answer.getBody()).path("message").asText()).isEqualTo(message);
        assertThat(taskService.createTaskQuery().taskId(report.getId()).count()).as("the report task stays open")
                .isEqualTo(1);
        var details = queries.details(request.getId());
        assertThat(details.parts()).as("parts stored").isEmpty();
        assertThat(details.settlement()).as("settlement").isNull();
        assertThat(details.workOrders().get(details.workOrders().size() - 1).getStatus())
                .isEqualTo(WorkOrderStatus.ACCEPTED);
        assertThat(runtimeService.getVariable(request.getProcessInstanceId(), Variables.PARTS_USED)).isNull();
    }

    /** POST /engine-rest/task/{id}/complete as engineer1, as Tasklist sends the report form. */
    private ResponseEntity<String> complete(Task report, String partsType, String partsValue) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        variables.putObject("labourHours").put("value", 1).put("type", "Double");
        variables.putObject("paidLabour").put("value", false).put("type", "Boolean");
        variables.putObject("repairOutcome").put("value", "FIXED").put("type", "String");
        variables.putObject("repairResult").put("value", "Replaced the fuse").put("type", "String");
        variables.putObject(Variables.PARTS_USED).put("value", partsValue).put("type", partsType);
        return api.postForText("engineer1", "/engine-rest/task/" + report.getId() + "/complete",
                JSON.writeValueAsString(body));
    }

    private static String row(String part, String description, String quantity, String unitPrice) {
        return "{\"partNumber\": \"" + part + "\", \"description\": \"" + description + "\", \"quantity\": " + quantity
                + ", \"unitPrice\": " + unitPrice + "}";
    }

    private static String rows(String... rows) {
        return "[" + String.join(", ", rows) + "]";
    }

    /** An out-of-warranty repair request, dispatched to engineer1, who accepted it: waiting for the report. */
    private ServiceRequest acceptedByEngineer1() {
        Customer customer = fixtures.company();
        ServiceRequest request = desk.open(new NewServiceRequest(customer.getId(),
                fixtures.assetOutOfWarranty(customer).getId(), RequestType.REPAIR, "Fuse blown " + System.nanoTime(),
                "No power after a storm."), Fixtures.SERVICE1);
        driver.runJobs(request.getProcessInstanceId());
        Task dispatch = taskService.createTaskQuery().processInstanceId(request.getProcessInstanceId())
                .taskDefinitionKey("DispatchWorkOrder").singleResult();
        attacks.handTo(dispatch.getId(), "service1");
        attacks.completeAs("service1", dispatch.getId(), Map.of(Variables.ENGINEER_ID, "engineer1"));
        Task accept = taskService.createTaskQuery().processInstanceId(request.getProcessInstanceId())
                .taskDefinitionKey("AcceptWorkOrder").singleResult();
        attacks.completeAs("engineer1", accept.getId(), Map.of(Variables.ENGINEER_DECISION, "ACCEPT"));
        return request;
    }
}
