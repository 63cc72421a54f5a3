package com.relaycrm.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.relaycrm.common.Paging;
import com.relaycrm.customer.Asset;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.service.ServiceRequestCommands.NewServiceRequest;
import com.relaycrm.service.ServiceRequestQueries.ServiceRequestDetails;
import com.relaycrm.service.process.ServiceRequestProcess.Data;
import com.relaycrm.service.process.ServiceRequestProcess.Tasks;
import com.relaycrm.service.process.ServiceRequestProcess.Timers;
import com.relaycrm.service.process.ServiceRequestProcess.Variables;
import com.relaycrm.process.forms.TaskFormValues;
import com.relaycrm.support.DemoUsers;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.TaskForms;
import com.relaycrm.support.ProcessDriver;
import com.relaycrm.support.RelayProcessTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.camunda.bpm.engine.FormService;

/**
 * Drives {@code processes/service-request.bpmn} through every path as the people who work it, checking where the
 * process stands and what the records say after each step.
 */
@RelayProcessTest
class ServiceRequestProcessTest {

    @Autowired ProcessDriver driver;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FormService formService;
    @Autowired IdentityService identityService;
    @Autowired ServiceRequestService desk;
    @Autowired ServiceRequestQueries queries;
    @Autowired Fixtures fixtures;
    @Autowired DemoUsers demoUsers;
    @Autowired TaskFormValues formValues;

    @AfterEach
    void clearIdentity() {
        identityService.clearAuthentication();
    }

    // ---------------------------------------------------------------- paths

    @Test
    void inWarrantyRepairIsDispatchedAcceptedFixedAndClosedAfterAGoodReturnVisit() {
        Customer customer = fixtures.company();
        Asset asset = fixtures.assetInWarranty(customer);
        ServiceRequest request = open(customer, asset, RequestType.REPAIR);
        ProcessInstance process = process(request);

        assertThat(process).hasBusinessKey(request.getRequestNumber()).isWaitingAt("TriageServiceRequest");
        runTriage(process);
        assertThat(process).isWaitingAt(Tasks.DISPATCH);
        ServiceRequest triaged = details(request).request();
        assertThat(triaged.getStatus()).isEqualTo(RequestStatus.TRIAGED);
        assertThat(triaged.getQueue()).isEqualTo("field-service");
        assertThat(triaged.getPriority()).isEqualTo(2);
        assertThat(Duration.between(triaged.getCreatedAt(), triaged.getFirstResponseDueAt()))
                .isBetween(Duration.ofHours(2).minusMinutes(1), Duration.ofHours(2).plusMinutes(1));
        Task dispatchTask = driver.task(process, Tasks.DISPATCH);
        assertThat(dispatchTask).hasCandidateGroup("service").hasName("Dispatch to an engineer / 派工给工程师");
        // the form shows the priority in words with the number of the task's card, not the triage code 2
        assertThat(dispatchTask.getPriority()).isEqualTo(70);
        assertThat(formValues.ofTask(dispatchTask.getId())).containsEntry(Variables.PRIORITY_LABEL, "High / 高 (70)")
                .containsEntry(Variables.QUEUE, "field-service").containsEntry(Variables.REQUEST_TYPE, "REPAIR")
                .containsEntry(Variables.ASSET_SERIAL, asset.getSerialNumber())
                .containsEntry(Variables.DESCRIPTION, request.getDescription())
                .containsEntry(Variables.WARRANTY_STATUS, "In warranty until " + asset.getWarrantyEnd());
        // read from the records when a form opens, not kept in the process
        assertThat(process).variables().doesNotContainKeys(Variables.PRIORITY_LABEL, Variables.QUEUE,
                Variables.REQUEST_TYPE, Variables.ASSET_SERIAL, Variables.DESCRIPTION, Variables.WARRANTY_STATUS,
                Variables.CUSTOMER_CONTACT);
        assertThat(dispatchTask.getDueDate().toInstant().truncatedTo(ChronoUnit.SECONDS))
                .isEqualTo(triaged.getFirstResponseDueAt().truncatedTo(ChronoUnit.SECONDS));

        dispatch(process, "engineer1");
        assertThat(process).isWaitingAt(Tasks.ACCEPT);
        assertThat(driver.task(process, Tasks.ACCEPT)).isAssignedTo("engineer1");
        assertThat(driver.task(process, Tasks.ACCEPT).getPriority()).isEqualTo(70);
        assertThat(formValues.ofTask(driver.task(process, Tasks.ACCEPT).getId()))
                .containsEntry(Variables.DISPATCHED_BY, "Chen Jing (service1)")
                .containsEntry(Variables.ENGINEER_NAME, "Wu Gang (engineer1)");
        assertThat(process).variables().doesNotContainKeys(Variables.DISPATCHED_BY, Variables.ENGINEER_NAME);
        accept(process, "engineer1");
        assertThat(process).isWaitingAt(Tasks.REPAIR);
        Task repairTask = driver.task(process, Tasks.REPAIR);
        assertThat(repairTask).isAssignedTo("engineer1");
        assertThat(repairTask.getDueDate().toInstant().truncatedTo(ChronoUnit.SECONDS))
                .isEqualTo(triaged.getResolutionDueAt().truncatedTo(ChronoUnit.SECONDS));

        report(process, "engineer1", "1.5", false, parts(part("P-100", "Toner cartridge", 1, 45.00, "OLD-778")),
                "FIXED");
        assertThat(process).isWaitingAt(Tasks.RETURN_VISIT).hasPassed("CloseServiceRequest")
                .hasNotPassed(Tasks.SETTLE, Tasks.RECEIVE_PART);

        ServiceRequestDetails resolved = details(request);
        assertThat(resolved.request().getStatus()).isEqualTo(RequestStatus.RESOLVED);
        assertThat(resolved.request().getFirstRespondedAt()).isNotNull();
        assertThat(resolved.request().getResolvedAt()).isNotNull();
        assertThat(resolved.workOrders()).singleElement().satisfies(order -> {
            assertThat(order.getEngineerId()).isEqualTo("engineer1");
            assertThat(order.getDispatchedBy()).isEqualTo("service1");
            assertThat(order.getStatus()).isEqualTo(WorkOrderStatus.COMPLETED);
            assertThat(order.getLabourHours()).isEqualByComparingTo("1.5");
            assertThat(order.getOutcome()).isEqualTo(RepairOutcome.FIXED);
        });
        assertThat(resolved.parts()).singleElement().satisfies(part -> {
            assertThat(part.getPartNumber()).isEqualTo("P-100");
            assertThat(part.getOldPartSerial()).isEqualTo("OLD-778");
            assertThat(part.getUnitPrice()).isEqualByComparingTo("45.00");
        });
        assertThat(resolved.settlement()).as("in warranty, no paid labour: nothing to settle").isNull();

        returnVisit(process, "5");
        assertThat(process).isEnded().hasPassed("ServiceRequestClosed").hasNotPassed(Tasks.FOLLOW_UP);
        ServiceRequestDetails closed = details(request);
        assertThat(closed.request().getStatus()).isEqualTo(RequestStatus.CLOSED);
        assertThat(closed.returnVisit().getScore()).isEqualTo(5);
        assertThat(closed.returnVisit().getVisitedBy()).isEqualTo("service1");
        assertThat(closed.escalations()).isEmpty();
    }

    @Test
    void engineerRejectsWithAReasonAndTheRequestGoesBackToDispatch() {
        Customer customer = fixtures.company();
        ServiceRequest request = open(customer, fixtures.assetInWarranty(customer), RequestType.REPAIR);
        ProcessInstance process = process(request);
        runTriage(process);
        dispatch(process, "engineer1");

        assertThatThrownBy(() -> driver.complete(process, Tasks.ACCEPT, "engineer1",
                withVariables(Variables.ENGINEER_DECISION, "REJECT")))
                .hasMessageContaining(Variables.REJECTION_REASON);
        assertThat(process).isWaitingAt(Tasks.ACCEPT);

        driver.complete(process, Tasks.ACCEPT, "engineer1", withVariables(Variables.ENGINEER_DECISION, "REJECT",
                Variables.REJECTION_REASON, "On leave until Friday"));
        assertThat(process).isWaitingAt(Tasks.DISPATCH).variables()
                .containsEntry(Variables.LAST_REJECTION_REASON, "On leave until Friday")
                .doesNotContainKey(Variables.ENGINEER_ID);
        TaskForms.assertOpensEmpty(formService, driver.task(process, Tasks.DISPATCH));

        dispatch(process, "engineer2");
        TaskForms.assertOpensEmpty(formService, driver.task(process, Tasks.ACCEPT));
        accept(process, "engineer2");
        assertThat(process).isWaitingAt(Tasks.REPAIR);
        assertThat(driver.task(process, Tasks.REPAIR)).isAssignedTo("engineer2");

        List<WorkOrder> orders = details(request).workOrders();
        assertThat(orders).extracting(WorkOrder::getEngineerId, WorkOrder::getStatus, WorkOrder::getRejectionReason)
                .containsExactly(
                        tuple("engineer1", WorkOrderStatus.REJECTED, "On leave until Friday"),
                        tuple("engineer2", WorkOrderStatus.ACCEPTED, null));
        assertThat(details(request).request().getStatus()).isEqualTo(RequestStatus.IN_REPAIR);
    }

    @Test
    void dispatchToSomeoneWhoIsNotAnEngineerIsRefusedAndTheTaskStays() {
        Customer customer = fixtures.company();
        ServiceRequest request = open(customer, fixtures.assetInWarranty(customer), RequestType.REPAIR);
        ProcessInstance process = process(request);
        runTriage(process);

        assertThatThrownBy(() -> driver.complete(process, Tasks.DISPATCH, "service1",
                withVariables(Variables.ENGINEER_ID, "sales1")))
                .hasMessageContaining(Variables.ENGINEER_ID).hasMessageContaining("not a member of the engineer group");
        assertThat(process).isWaitingAt(Tasks.DISPATCH);
        assertThat(details(request).workOrders()).isEmpty();
    }

    @Test
    void outOfWarrantyRepairRaisesASettlementForPartsAndLabour() {
        Customer customer = fixtures.company();
        ServiceRequest request = open(customer, fixtures.assetOutOfWarranty(customer), RequestType.REPAIR);
        ProcessInstance process = acceptedByEngineer1(request);
        // the table as Tasklist sends it: a row per part, the old serial left empty on the second
        report(process, "engineer1", "2", false, parts(part("P-200", "Fuser unit", 1, 120.00, "FU-1"),
                part("P-201", "Roller", 2, 15.50, "")), "FIXED");

        assertThat(process).isWaitingAt(Tasks.SETTLE).variables().containsEntry("settlementRequired", true)
                .containsEntry(Data.SETTLEMENT_AMOUNT, 311.0)
                .containsEntry(Variables.SETTLEMENT_AMOUNT_TEXT, "CNY 311.00");
        assertThat(formValues.ofTask(driver.task(process, Tasks.SETTLE).getId()))
                .containsEntry(Variables.PARTS_SUMMARY, "P-200 Fuser unit × 1 at / 单价 CNY 120.00 = CNY 120.00 "
                        + "(old part / 旧件 FU-1)\nP-201 Roller × 2 at / 单价 CNY 15.50 = CNY 31.00");
        assertThat(details(request).parts()).extracting(PartUsage::getPartNumber, PartUsage::getDescription,
                        PartUsage::getQuantity, PartUsage::getOldPartSerial)
                .containsExactlyInAnyOrder(tuple("P-200", "Fuser unit", 1, "FU-1"), tuple("P-201", "Roller", 2, null));
        assertThat(details(request).parts()).extracting(PartUsage::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("120.00"), new BigDecimal("31.00"));
        assertThat(driver.task(process, Tasks.SETTLE)).hasCandidateGroup("service");
        Settlement raised = details(request).settlement();
        assertThat(raised.getReason()).isEqualTo("OUT_OF_WARRANTY");
        assertThat(raised.getPartsAmount()).isEqualByComparingTo("151.00");
        assertThat(raised.getLabourAmount()).isEqualByComparingTo("160.00"); // 2 h at the configured 80.00
        assertThat(raised.getTotalAmount()).isEqualByComparingTo("311.00");
        assertThat(details(request).request().getStatus()).isEqualTo(RequestStatus.AWAITING_SETTLEMENT);

        driver.complete(process, Tasks.SETTLE, "service1", withVariables(
                Variables.PAYMENT_METHOD, "INVOICE", Variables.INVOICE_NUMBER, "INV-2026-118",
                Variables.SETTLEMENT_PAID, true));
        assertThat(process).isWaitingAt(Tasks.RETURN_VISIT).hasPassed("RecordSettlement", "CloseServiceRequest");
        Settlement settled = details(request).settlement();
        assertThat(settled.isPaid()).isTrue();
        assertThat(settled.getPaymentMethod()).isEqualTo(PaymentMethod.INVOICE);
        assertThat(settled.getSettledBy()).isEqualTo("service1");
    }

    @Test
    void paidLabourInWarrantyChargesLabourOnly() {
        Customer customer = fixtures.company();
        ServiceRequest request = open(customer, fixtures.assetInWarranty(customer), RequestType.REPAIR);
        ProcessInstance process = acceptedByEngineer1(request);
        report(process, "engineer1", "0.5", true, parts(part("P-300", "Belt", 1, 30.00, "B-9")), "FIXED");

        assertThat(process).isWaitingAt(Tasks.SETTLE);
        Settlement settlement = details(request).settlement();
        assertThat(settlement.getReason()).isEqualTo("PAID_LABOUR");
        assertThat(settlement.getPartsAmount()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(settlement.getTotalAmount()).isEqualByComparingTo("40.00");
    }

    @Test
    void aFaultNotFixableOnSiteGoesThroughFactoryRepairAtTheWarehouse() {
        Customer customer = fixtures.company();
        ServiceRequest request = open(customer, fixtures.assetInWarranty(customer), RequestType.REPAIR);
        ProcessInstance process = acceptedByEngineer1(request);
        report(process, "engineer1", "1", false, parts(), "FACTORY_REPAIR");

        assertThat(process).isWaitingAt(Tasks.RECEIVE_PART);
        assertThat(driver.task(process, Tasks.RECEIVE_PART)).hasCandidateGroup("warehouse");
        assertThat(details(request).request().getStatus()).isEqualTo(RequestStatus.FACTORY_REPAIR);

        driver.complete(process, Tasks.RECEIVE_PART, "warehouse1",
                withVariables(Variables.FACTORY_REFERENCE, "RMA-55012",
                        Variables.RECEIPT_NOTE, "Main board, sealed bag"));
        assertThat(process).isWaitingAt(Tasks.RETURN_PART);
        driver.complete(process, Tasks.RETURN_PART, "warehouse1",
                withVariables(Variables.FACTORY_REPAIR_RESULT, "Board reflowed and tested",
                        Variables.PART_RETURNED_TO_CUSTOMER, true));

        assertThat(process).isWaitingAt(Tasks.RETURN_VISIT).hasPassed("RecordFactoryReceipt", "RecordFactoryReturn")
                .hasNotPassed(Tasks.SETTLE);
        FactoryRepair repair = details(request).factoryRepairs().get(0);
        assertThat(repair.getFactoryReference()).isEqualTo("RMA-55012");
        assertThat(repair.getReceivedBy()).isEqualTo("warehouse1");
        assertThat(repair.getReturnedBy()).isEqualTo("warehouse1");
        assertThat(repair.getRepairResult()).isEqualTo("Board reflowed and tested");
        assertThat(repair.getReturnedToCustomer()).isTrue();
        assertThat(details(request).request().getStatus()).isEqualTo(RequestStatus.RESOLVED);
    }

    @Test
    void aLowReturnVisitScoreOpensAFollowUpForTheServiceManager() {
        Customer customer = fixtures.company();
        ServiceRequest request = open(customer, fixtures.assetInWarranty(customer), RequestType.REPAIR);
        ProcessInstance process = acceptedByEngineer1(request);
        report(process, "engineer1", "1", false, null, "FIXED");
        returnVisit(process, "2");

        assertThat(process).isWaitingAt(Tasks.FOLLOW_UP);
        assertThat(driver.task(process, Tasks.FOLLOW_UP)).hasCandidateGroup("service-manager");
        assertThat(details(request).request().getStatus()).as("stays resolved until followed up")
                .isEqualTo(RequestStatus.RESOLVED);

        driver.complete(process, Tasks.FOLLOW_UP, "servicemgr1",
                withVariables(Variables.FOLLOW_UP_ACTION, "Called the customer, sent a technician back",
                        Variables.FOLLOW_UP_RESOLVED, true));
        assertThat(process).isEnded().hasPassed("ServiceRequestClosedAfterFollowUp");
        ServiceRequestDetails closed = details(request);
        assertThat(closed.request().getStatus()).isEqualTo(RequestStatus.CLOSED);
        assertThat(closed.returnVisit().getScore()).isEqualTo(2);
        assertThat(closed.returnVisit().getFollowUpBy()).isEqualTo("servicemgr1");
        assertThat(closed.returnVisit().getFollowUpResolved()).isTrue();
    }

    @Test
    void missedFirstResponseEscalatesToTheServiceManagerOnce() {
        Customer customer = fixtures.company();
        ServiceRequest request = open(customer, fixtures.assetInWarranty(customer), RequestType.REPAIR);
        ProcessInstance process = process(request);
        runTriage(process);

        driver.fireTimer(process, Timers.FIRST_RESPONSE_OVERDUE);
        assertThat(process).isWaitingAt(Tasks.DISPATCH, Tasks.HANDLE_FIRST_RESPONSE_ESCALATION);
        assertThat(driver.task(process, Tasks.HANDLE_FIRST_RESPONSE_ESCALATION)).hasCandidateGroup("service-manager");
        assertThat(details(request).escalations()).singleElement().satisfies(e -> {
            assertThat(e.getSlaKind()).isEqualTo(SlaKind.FIRST_RESPONSE);
            assertThat(e.getHandledAt()).isNull();
        });

        driver.complete(process, Tasks.HANDLE_FIRST_RESPONSE_ESCALATION, "servicemgr1",
                withVariables(Variables.ESCALATION_ACTION, "Called the customer and apologised"));
        SlaEscalation handled = details(request).escalations().get(0);
        assertThat(handled.getHandledBy()).isEqualTo("servicemgr1");
        assertThat(handled.getActionTaken()).isEqualTo("Called the customer and apologised");

        // a rejection brings the request back to dispatch; the timer (already due) fires again but escalates nothing
        dispatch(process, "engineer1");
        driver.complete(process, Tasks.ACCEPT, "engineer1",
                withVariables(Variables.ENGINEER_DECISION, "REJECT", Variables.REJECTION_REASON, "Wrong region"));
        driver.fireTimer(process, Timers.FIRST_RESPONSE_OVERDUE);
        assertThat(process).isWaitingAt(Tasks.DISPATCH);
        assertThat(taskService.createTaskQuery().processInstanceId(process.getId())
                .taskDefinitionKey(Tasks.HANDLE_FIRST_RESPONSE_ESCALATION).count()).isZero();
        assertThat(details(request).escalations()).hasSize(1);
    }

    @Test
    void anOpenFirstResponseEscalationDoesNotHoldUpTheReturnVisit() {
        Customer customer = fixtures.company();
        ServiceRequest request = open(customer, fixtures.assetInWarranty(customer), RequestType.REPAIR);
        ProcessInstance process = process(request);
        runTriage(process);
        driver.fireTimer(process, Timers.FIRST_RESPONSE_OVERDUE);
        dispatch(process, "engineer1");
        accept(process, "engineer1");
        report(process, "engineer1", "1", false, null, "FIXED");

        assertThat(process).isWaitingAt(Tasks.RETURN_VISIT, Tasks.HANDLE_FIRST_RESPONSE_ESCALATION)
                .hasPassed("FirstResponseEscalated", "FirstResponseEscalationRaised", "ResolveEnded");
        returnVisit(process, "4");
        assertThat(process).isWaitingAt(Tasks.HANDLE_FIRST_RESPONSE_ESCALATION);
        assertThat(details(request).request().getStatus()).isEqualTo(RequestStatus.CLOSED);

        driver.complete(process, Tasks.HANDLE_FIRST_RESPONSE_ESCALATION, "servicemgr1",
                withVariables(Variables.ESCALATION_ACTION, "Reviewed the dispatch backlog"));
        assertThat(process).isEnded();
        assertThat(details(request).escalations().get(0).getActionTaken()).isEqualTo("Reviewed the dispatch backlog");
    }

    @Test
    void missedResolutionEscalatesWhileTheWorkGoesOn() {
        Customer customer = fixtures.customer(MemberTier.GOLD);
        ServiceRequest request = open(customer, fixtures.assetInWarranty(customer), RequestType.COMPLAINT);
        ProcessInstance process = process(request);
        runTriage(process);
        assertThat(details(request).request().getQueue()).isEqualTo("complaints");
        assertThat(details(request).request().getPriority()).as("gold member raises the priority").isEqualTo(1);
        assertThat(driver.task(process, Tasks.DISPATCH).getPriority()).as("on the card").isEqualTo(90);
        assertThat(formValues.ofTask(driver.task(process, Tasks.DISPATCH).getId()))
                .containsEntry(Variables.PRIORITY_LABEL, "Urgent / 紧急 (90)");
        dispatch(process, "engineer1");
        accept(process, "engineer1");

        driver.fireTimer(process, Timers.RESOLUTION_OVERDUE);
        assertThat(process).isWaitingAt(Tasks.REPAIR, Tasks.HANDLE_RESOLUTION_ESCALATION);
        assertThat(details(request).escalations()).extracting(SlaEscalation::getSlaKind)
                .containsExactly(SlaKind.RESOLUTION);

        driver.complete(process, Tasks.HANDLE_RESOLUTION_ESCALATION, "servicemgr1",
                withVariables(Variables.ESCALATION_ACTION, "Sent a second engineer"));
        assertThat(process).isWaitingAt(Tasks.REPAIR).hasPassed("RecordResolutionEscalationHandled");
        report(process, "engineer1", "3", false, null, "FIXED");
        returnVisit(process, "4");
        assertThat(process).isEnded();
        assertThat(details(request).escalations().get(0).getHandledBy()).isEqualTo("servicemgr1");
    }

    @Test
    void aRequestStartedFromTheTasklistStartFormIsRegisteredFromTheFormFields() {
        Customer customer = fixtures.company();
        Asset asset = fixtures.assetOutOfWarranty(customer);
        ProcessInstance process = actAs("service1", () -> runtimeService.startProcessInstanceByKey(
                ServiceRequestService.PROCESS_KEY,
                withVariables(Variables.CUSTOMER_CODE, customer.getCode(),
                        Variables.ASSET_SERIAL, asset.getSerialNumber(),
                        Variables.REQUEST_TYPE, "CONSULTATION", Variables.SUBJECT, "How do I replace the filter?",
                        Variables.DESCRIPTION, "Customer asks for the filter replacement procedure.")));
        long id = (Long) runtimeService.getVariable(process.getId(), Data.SERVICE_REQUEST_ID);
        ServiceRequest request = queries.details(id).request();
        assertThat(request.getCreatedBy()).isEqualTo("service1");
        assertThat(request.getProcessInstanceId()).isEqualTo(process.getId());
        assertThat(process).isWaitingAt("TriageServiceRequest").variables()
                .containsEntry(Variables.REQUEST_NUMBER, request.getRequestNumber())
                .containsEntry(Variables.CUSTOMER_NAME, customer.getName())
                .containsEntry(Variables.SUBJECT, "How do I replace the filter?");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(process.getId()).singleResult()
                .getBusinessKey()).isEqualTo(request.getRequestNumber());
        runTriage(process);
        assertThat(queries.details(id).request().getQueue()).isEqualTo("front-desk");
    }

    @Test
    void aStartFormWithAnUnknownCustomerIsRefusedAndStoresNothing() {
        long requestsBefore = queries.visibleTo(Fixtures.ADMIN, Paging.first()).getTotalElements();
        long processesBefore = runtimeService.createProcessInstanceQuery().count();
        assertThatThrownBy(() -> actAs("service1", () -> runtimeService.startProcessInstanceByKey(
                ServiceRequestService.PROCESS_KEY,
                withVariables(Variables.CUSTOMER_CODE, "NO-SUCH-CUSTOMER", Variables.REQUEST_TYPE, "REPAIR",
                        Variables.SUBJECT, "x", Variables.DESCRIPTION, "y"))))
                .hasMessageContaining(Variables.CUSTOMER_CODE)
                .hasMessageContaining("no customer with code NO-SUCH-CUSTOMER");
        assertThat(queries.visibleTo(Fixtures.ADMIN, Paging.first()).getTotalElements()).isEqualTo(requestsBefore);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(processesBefore);
    }

    // ---------------------------------------------------------------- steps, as the people who do them

    private ServiceRequest open(Customer customer, Asset asset, RequestType type) {
        return desk.open(new NewServiceRequest(customer.getId(), asset == null ? null : asset.getId(), type,
                "Printer jams on every page", "Paper jams at the fuser since this morning."), Fixtures.SERVICE1);
    }

    /** Triaged, dispatched to engineer1 and accepted: waiting at "Repair and report". */
    private ProcessInstance acceptedByEngineer1(ServiceRequest request) {
        ProcessInstance process = process(request);
        runTriage(process);
        dispatch(process, "engineer1");
        accept(process, "engineer1");
        return process;
    }

    private ProcessInstance process(ServiceRequest request) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(request.getProcessInstanceId())
                .singleResult();
    }

    /** Runs the asynchronous triage, as the job executor would. */
    private void runTriage(ProcessInstance process) {
        driver.runJobs(process);
    }

    private void dispatch(ProcessInstance process, String engineer) {
        driver.complete(process, Tasks.DISPATCH, "service1",
                withVariables(Variables.ENGINEER_ID, engineer, Variables.DISPATCH_NOTE, "Customer on site 9-17"));
    }

    private void accept(ProcessInstance process, String engineer) {
        driver.complete(process, Tasks.ACCEPT, engineer, withVariables(Variables.ENGINEER_DECISION, "ACCEPT"));
    }

    /** One row of the report form's table of parts, as form-js fills it in (numbers as JSON numbers). */
    private static Map<String, Object> part(String number, String description, int quantity, double unitPrice,
                                            String oldSerial) {
        return Map.of("partNumber", number, "description", description, "quantity", quantity,
                "unitPrice", unitPrice, "oldPartSerial", oldSerial);
    }

    /** The table as Tasklist completes the task with it: a Json variable. */
    @SafeVarargs
    private static Object parts(Map<String, Object>... rows) {
        try {
            return org.camunda.spin.plugin.variable.SpinValues.jsonValue(
                    new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(List.of(rows))).create();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void report(ProcessInstance process, String engineer, String hours, boolean paidLabour, Object parts,
                        String outcome) {
        Map<String, Object> variables = new HashMap<>(Map.of(Variables.LABOUR_HOURS, Double.valueOf(hours),
                Variables.PAID_LABOUR, paidLabour, Variables.REPAIR_OUTCOME, outcome,
                Variables.REPAIR_RESULT, "Replaced and tested"));
        variables.put(Variables.PARTS_USED, parts);
        driver.complete(process, Tasks.REPAIR, engineer, variables);
    }

    private void returnVisit(ProcessInstance process, String score) {
        driver.complete(process, Tasks.RETURN_VISIT, "service1", withVariables(Variables.SATISFACTION_SCORE, score,
                Variables.PROBLEM_SOLVED, "YES", Variables.ENGINEER_ON_TIME, "YES", Variables.SURVEY_COMMENT,
                "score " + score));
    }

    private <T> T actAs(String userId, java.util.function.Supplier<T> call) {
        return demoUsers.actAs(userId, call);
    }

    private ServiceRequestDetails details(ServiceRequest request) {
        return queries.details(request.getId());
    }
}
