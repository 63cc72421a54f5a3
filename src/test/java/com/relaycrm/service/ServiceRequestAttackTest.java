package com.relaycrm.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.Paging;
import com.relaycrm.customer.Customer;
import com.relaycrm.service.ServiceRequestCommands.NewServiceRequest;
import com.relaycrm.service.process.ServiceRequestProcess.Variables;
import com.relaycrm.support.EngineRestAttacks;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.ProcessDriver;
import com.relaycrm.support.RelayIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * Issue #11 replayed on the service-request process: engineers and desk staff trying to act on a work order or a
 * request that is not theirs, through the engine REST API and, as if the REST guard had let it through, through
 * the engine itself. Each attempt is refused and the work order and request keep their engineer and status; the
 * people whose step it is still work it as before.
 */
@RelayIntegrationTest
class ServiceRequestAttackTest {

    @Autowired EngineRestAttacks attacks;
    @Autowired ServiceRequestService desk;
    @Autowired ServiceRequestQueries queries;
    @Autowired Fixtures fixtures;
    @Autowired TaskService taskService;
    @Autowired ProcessDriver driver;

    @Test
    void anotherEngineersWorkOrderCannotBeRejectedFromOnesOwnAcceptanceTask() {
        ServiceRequest engineer1s = dispatchedTo("engineer1", true);
        ServiceRequest engineer2s = dispatchedTo("engineer2", true);
        long victim = workOrder(engineer1s).getId();
        Map<String, Object> rejectTheVictim = Map.of("engineerDecision", "REJECT", "rejectionReason", "Not mine",
                "workOrderId", victim);

        ResponseEntity<String> answer = attacks.completeOverRest("engineer2", task(engineer2s).getId(), rejectTheVictim);
        assertThat(answer.getStatusCode().value()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.getBody()).contains("workOrderId");
        assertThat(workOrder(engineer2s).getStatus()).isEqualTo(WorkOrderStatus.DISPATCHED);

        attacks.completeAs("engineer2", task(engineer2s).getId(), rejectTheVictim);
        assertThat(workOrder(engineer1s).getStatus()).isEqualTo(WorkOrderStatus.DISPATCHED);
        assertThat(workOrder(engineer1s).getRejectionReason()).isNull();
        assertThat(request(engineer1s).getStatus()).isEqualTo(RequestStatus.DISPATCHED);
        assertThat(workOrder(engineer2s).getStatus()).as("the decision applies to the task's own work order")
                .isEqualTo(WorkOrderStatus.REJECTED);

        attacks.completeAs("engineer1", task(engineer1s).getId(), Map.of("engineerDecision", "ACCEPT"));
        assertThat(workOrder(engineer1s).getStatus()).isEqualTo(WorkOrderStatus.ACCEPTED);
    }

    @Test
    void onlyTheWorkOrdersEngineerAcceptsAndReportsAndTheReportGoesToThem() {
        ServiceRequest request = dispatchedTo("engineer1", true);
        Task acceptance = task(request);
        attacks.handTo(acceptance.getId(), "engineer2");
        assertThatThrownBy(() -> attacks.completeAs("engineer2", acceptance.getId(), Map.of("engineerDecision", "REJECT",
                "rejectionReason", "Too far")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("engineer2 is not the engineer of work order " + workOrder(request).getId());
        ResponseEntity<String> answer = attacks.completeOverRest("engineer2", acceptance.getId(),
                Map.of("engineerDecision", "ACCEPT"));
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.toString()).isFalse();
        assertThat(workOrder(request).getStatus()).isEqualTo(WorkOrderStatus.DISPATCHED);

        attacks.handTo(acceptance.getId(), "engineer1");
        attacks.completeAs("engineer1", acceptance.getId(), Map.of("engineerDecision", "ACCEPT", "engineerId", "engineer2"));
        Task report = task(request);
        assertThat(report.getTaskDefinitionKey()).isEqualTo("RepairAndReport");
        assertThat(report.getAssignee()).as("the work order's engineer, whatever the variables said").isEqualTo("engineer1");

        attacks.handTo(report.getId(), "engineer2");
        assertThatThrownBy(() -> attacks.completeAs("engineer2", report.getId(), reportOf("FIXED")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("engineer2 is not the engineer");
        assertThat(workOrder(request).getStatus()).isEqualTo(WorkOrderStatus.ACCEPTED);
        assertThat(request(request).getStatus()).isEqualTo(RequestStatus.IN_REPAIR);

        attacks.handTo(report.getId(), "engineer1");
        attacks.completeAs("engineer1", report.getId(), reportOf("FIXED"));
        assertThat(request(request).getStatus()).isEqualTo(RequestStatus.RESOLVED);
    }

    @Test
    void onlyTheServiceDeskDispatches() {
        ServiceRequest request = dispatchedTo(null, true);
        Task dispatch = task(request);
        attacks.handTo(dispatch.getId(), "engineer1");

        assertThatThrownBy(() -> attacks.completeAs("engineer1", dispatch.getId(), Map.of("engineerId", "engineer1")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("engineer1 may not dispatch");
        assertThat(queries.details(request.getId()).workOrders()).isEmpty();
        assertThat(request(request).getStatus()).isEqualTo(RequestStatus.TRIAGED);

        attacks.handTo(dispatch.getId(), "service1");
        attacks.completeAs("service1", dispatch.getId(), Map.of("engineerId", "engineer1"));
        assertThat(workOrder(request).getEngineerId()).isEqualTo("engineer1");
    }

    @Test
    void aSecondProcessCannotBeStartedForAnExistingRequest() {
        ServiceRequest request = dispatchedTo("engineer1", true);
        Map<String, Object> hijack = Map.of("serviceRequestId", request.getId());

        ResponseEntity<String> answer = attacks.startOverRest("service1", ServiceRequestService.PROCESS_KEY, hijack);
        assertThat(answer.getStatusCode().value()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.getBody()).contains("serviceRequestId").doesNotContain(request.getSubject());

        assertThatThrownBy(() -> attacks.startPastTheGuard("service1", ServiceRequestService.PROCESS_KEY, hijack))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("service request " + request.getRequestNumber() + " already has its process");
        assertThat(request(request).getProcessInstanceId()).isEqualTo(request.getProcessInstanceId());
        assertThat(workOrder(request).getStatus()).isEqualTo(WorkOrderStatus.DISPATCHED);
    }

    @Test
    void anOverLongSubjectOnTheStartFormIsRefusedNamingTheFieldAndNothingIsStored() {
        Customer customer = fixtures.company();
        long before = queries.visibleTo(Fixtures.ADMIN, Paging.first()).getTotalElements();
        Map<String, Object> start = Map.of("customerCode", customer.getCode(), "requestType", "REPAIR",
                "subject", "s".repeat(201), "description", "Jams"); // service_request.subject holds 200

        ResponseEntity<String> answer = attacks.startOverRest("service1", ServiceRequestService.PROCESS_KEY, start);
        assertThat(answer.getStatusCode().value()).as(answer.toString()).isEqualTo(400);
        assertThatThrownBy(() -> attacks.startPastTheGuard("service1", ServiceRequestService.PROCESS_KEY, start))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("subject"))
                .hasMessageContaining("The subject is too long: at most 200 characters");
        assertThat(queries.visibleTo(Fixtures.ADMIN, Paging.first()).getTotalElements()).isEqualTo(before);
    }

    @Test
    void settlementAndReturnVisitAreForTheServiceDeskAndFactoryRepairForTheWarehouse() {
        ServiceRequest request = dispatchedTo("engineer1", false);
        attacks.completeAs("engineer1", task(request).getId(), Map.of("engineerDecision", "ACCEPT"));
        attacks.completeAs("engineer1", task(request).getId(), reportOf("FACTORY_REPAIR"));

        Task receipt = task(request);
        assertThat(receipt.getTaskDefinitionKey()).isEqualTo("ReceivePartForFactoryRepair");
        attacks.handTo(receipt.getId(), "engineer1");
        assertThatThrownBy(() -> attacks.completeAs("engineer1", receipt.getId(), Map.of("factoryReference", "RMA-1")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("engineer1 may not receive parts");
        attacks.handTo(receipt.getId(), "warehouse1");
        assertThatThrownBy(() -> attacks.completeAs("warehouse1", receipt.getId(),
                Map.of("factoryReference", "R".repeat(81))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("factoryReference"))
                .hasMessageContaining("at most 80 characters");
        assertThat(queries.details(request.getId()).factoryRepairs()).isEmpty();
        attacks.completeAs("warehouse1", receipt.getId(), Map.of("factoryReference", "RMA-1"));
        attacks.completeAs("warehouse1", task(request).getId(), Map.of("factoryRepairResult", "Board replaced"));

        Task settle = task(request);
        assertThat(settle.getTaskDefinitionKey()).isEqualTo("SettleCharges");
        attacks.handTo(settle.getId(), "engineer1");
        assertThatThrownBy(() -> attacks.completeAs("engineer1", settle.getId(), Map.of("paymentMethod", "CASH",
                "settlementPaid", true)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("engineer1 may not settle");
        assertThat(queries.details(request.getId()).settlement().getSettledAt()).isNull();
        attacks.handTo(settle.getId(), "service1");
        attacks.completeAs("service1", settle.getId(), Map.of("paymentMethod", "CASH", "settlementPaid", true));

        Task visit = task(request);
        assertThat(visit.getTaskDefinitionKey()).isEqualTo("ReturnVisit");
        attacks.handTo(visit.getId(), "engineer1");
        Map<String, Object> survey = Map.of("satisfactionScore", "5", "problemSolved", "YES", "engineerOnTime", "YES");
        assertThatThrownBy(() -> attacks.completeAs("engineer1", visit.getId(), survey))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("engineer1 may not record return visits");
        assertThat(queries.details(request.getId()).returnVisit()).isNull();
        attacks.handTo(visit.getId(), "service1");
        attacks.completeAs("service1", visit.getId(), survey);
        assertThat(request(request).getStatus()).isEqualTo(RequestStatus.CLOSED);
    }

    // ---------------------------------------------------------------- helpers

    /** A triaged request, dispatched by the service desk to the engineer (or waiting for dispatch when null). */
    private ServiceRequest dispatchedTo(String engineer, boolean inWarranty) {
        Customer customer = fixtures.company();
        ServiceRequest request = desk.open(new NewServiceRequest(customer.getId(), (inWarranty
                ? fixtures.assetInWarranty(customer) : fixtures.assetOutOfWarranty(customer)).getId(),
                RequestType.REPAIR, "Printer jams " + System.nanoTime(), "Paper jams at the fuser."), Fixtures.SERVICE1);
        driver.runJobs(request.getProcessInstanceId());
        if (engineer != null) {
            Task dispatch = task(request);
            attacks.handTo(dispatch.getId(), "service1");
            attacks.completeAs("service1", dispatch.getId(), Map.of(Variables.ENGINEER_ID, engineer));
        }
        return request;
    }

    private static Map<String, Object> reportOf(String outcome) {
        return Map.of("labourHours", 1.0, "paidLabour", false, "repairOutcome", outcome,
                "repairResult", "Replaced the fuser");
    }

    /** The one open task of the request that is not an SLA escalation. */
    private Task task(ServiceRequest request) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(request.getProcessInstanceId()).list()
                .stream().filter(t -> !t.getTaskDefinitionKey().startsWith("Handle")).toList();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private ServiceRequest request(ServiceRequest request) {
        return queries.details(request.getId()).request();
    }

    private WorkOrder workOrder(ServiceRequest request) {
        List<WorkOrder> orders = queries.details(request.getId()).workOrders();
        return orders.get(orders.size() - 1);
    }
}
