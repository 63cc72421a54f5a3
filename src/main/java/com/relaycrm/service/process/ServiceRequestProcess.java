package com.relaycrm.service.process;

import com.relaycrm.process.ProcessGateway;
import com.relaycrm.process.ProcessStarter;
import com.relaycrm.service.ServiceRequest;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The {@code service-request} process ({@code processes/service-request.bpmn}): intake, triage, dispatch, repair
 * (on site or at the factory), settlement, return visit, and the two SLA timers. Owns the names its diagram, its
 * forms and its delegates share, and is the only code that starts it.
 */
@Component
@ProcessGateway(ServiceRequestProcess.KEY)
public class ServiceRequestProcess {

    public static final String KEY = "service-request";

    private final ProcessStarter processStarter;

    ServiceRequestProcess(ProcessStarter processStarter) {
        this.processStarter = processStarter;
    }

    /** Starts the process of a stored request, its number as business key; the process attaches itself to it. */
    public void start(ServiceRequest request) {
        processStarter.start(KEY, request.getRequestNumber(), Map.of(Data.SERVICE_REQUEST_ID, request.getId()));
    }

    /**
     * The task cards' variables: the request number, customer and subject every Tasklist card of the request shows
     * ({@code relay.tasklist.card-variables}). What the forms show besides is read from the records when a form
     * opens ({@link ServiceRequestFormValues}), not kept in the process.
     */
    static void setCard(VariableScope scope, ServiceRequest request, String customerName) {
        // usually given at the start already (start): not written again, with its history, when unchanged
        com.relaycrm.process.ProcessVariables.setIfChanged(scope, Data.SERVICE_REQUEST_ID, request.getId());
        scope.setVariable(Variables.REQUEST_NUMBER, request.getRequestNumber());
        scope.setVariable(Variables.CUSTOMER_NAME, customerName);
        scope.setVariable(Variables.SUBJECT, request.getSubject());
    }

    public static final class Tasks {
        public static final String DISPATCH = "DispatchWorkOrder";
        public static final String ACCEPT = "AcceptWorkOrder";
        public static final String REPAIR = "RepairAndReport";
        public static final String RECEIVE_PART = "ReceivePartForFactoryRepair";
        public static final String RETURN_PART = "ReturnRepairedPart";
        public static final String SETTLE = "SettleCharges";
        public static final String HANDLE_FIRST_RESPONSE_ESCALATION = "HandleFirstResponseEscalation";
        public static final String HANDLE_RESOLUTION_ESCALATION = "HandleResolutionEscalation";
        public static final String RETURN_VISIT = "ReturnVisit";
        public static final String FOLLOW_UP = "FollowUpDissatisfied";

        private Tasks() {
        }
    }

    public static final class Timers {
        /** Non-interrupting, on the dispatch task, at {@link Variables#FIRST_RESPONSE_DUE_AT}. */
        public static final String FIRST_RESPONSE_OVERDUE = "FirstResponseOverdue";
        /** Non-interrupting, on the resolve sub-process, at {@link Variables#RESOLUTION_DUE_AT}. */
        public static final String RESOLUTION_OVERDUE = "ResolutionOverdue";

        private Timers() {
        }
    }

    public static final class Forms {
        public static final String START = "service-request-start";
        public static final String DISPATCH = "service-request-dispatch";
        public static final String ACCEPTANCE = "work-order-acceptance";
        public static final String REPORT = "work-order-report";
        public static final String FACTORY_RECEIPT = "factory-repair-receipt";
        public static final String FACTORY_RETURN = "factory-repair-return";
        public static final String SETTLEMENT = "service-settlement";
        public static final String SLA_ESCALATION = "sla-escalation";
        public static final String RETURN_VISIT = "return-visit-survey";
        public static final String FOLLOW_UP = "return-visit-follow-up";

        private Forms() {
        }
    }

    public static final class Variables {
        /** Who started it from Tasklist (camunda:initiator). */
        public static final String INITIATOR = "initiator";
        // the start form
        public static final String CUSTOMER_CODE = "customerCode";
        public static final String ASSET_SERIAL = "assetSerial";
        public static final String REQUEST_TYPE = "requestType";
        public static final String SUBJECT = "subject";
        public static final String DESCRIPTION = "description";
        // the task cards, set when registered
        public static final String REQUEST_NUMBER = "requestNumber";
        public static final String CUSTOMER_NAME = "customerName";
        // shown by the forms from the records (ServiceRequestFormValues), with REQUEST_TYPE, DESCRIPTION, ASSET_SERIAL,
        // DISPATCHED_BY, ENGINEER_NAME and PARTS_SUMMARY: not process variables
        public static final String CUSTOMER_CONTACT = "customerContact";
        public static final String WARRANTY_STATUS = "warrantyStatus";
        public static final String QUEUE = "queue";
        /** The priority in words with the number the task cards show: "High / 高 (70)" ({@link #priorityLabel}). */
        public static final String PRIORITY_LABEL = "priorityLabel";
        public static final String FIRST_RESPONSE_DUE_AT = "firstResponseDueAt";
        public static final String RESOLUTION_DUE_AT = "resolutionDueAt";
        // dispatch and acceptance
        public static final String ENGINEER_ID = "engineerId";
        /** Who dispatched the work order, for the engineer: "Chen Jing (service1)". */
        public static final String DISPATCHED_BY = "dispatchedBy";
        /** The engineer holding the work order, for escalations: "Wu Gang (engineer1)". */
        public static final String ENGINEER_NAME = "engineerName";
        public static final String ENGINEER_OPTIONS = "engineerOptions";
        public static final String DISPATCH_NOTE = "dispatchNote";
        public static final String ENGINEER_DECISION = "engineerDecision";
        public static final String REJECTION_REASON = "rejectionReason";
        public static final String LAST_REJECTION_REASON = "lastRejectionReason";
        public static final String WORK_ORDER_ACCEPTED = "workOrderAccepted";
        // repair report
        public static final String LABOUR_HOURS = "labourHours";
        public static final String PAID_LABOUR = "paidLabour";
        /** The report form's table of parts (a dynamic list, a Json variable of one object per part). */
        public static final String PARTS_USED = "partsUsed";
        /** The parts as stored, one line each, shown back on the settlement form. */
        public static final String PARTS_SUMMARY = "partsSummary";
        public static final String REPAIR_OUTCOME = "repairOutcome";
        public static final String REPAIR_RESULT = "repairResult";
        public static final String FACTORY_REPAIR = "factoryRepair";
        public static final String SETTLEMENT_REQUIRED = "settlementRequired";
        // factory repair
        public static final String FACTORY_REFERENCE = "factoryReference";
        public static final String RECEIPT_NOTE = "receiptNote";
        public static final String FACTORY_REPAIR_RESULT = "factoryRepairResult";
        public static final String PART_RETURNED_TO_CUSTOMER = "partReturnedToCustomer";
        // settlement
        /** The amount due as people read it: "CNY 1,234.00". */
        public static final String SETTLEMENT_AMOUNT_TEXT = "settlementAmountText";
        public static final String SETTLEMENT_BREAKDOWN = "settlementBreakdown";
        public static final String PAYMENT_METHOD = "paymentMethod";
        public static final String INVOICE_NUMBER = "invoiceNumber";
        public static final String SETTLEMENT_PAID = "settlementPaid";
        // service levels
        public static final String ESCALATION_NEEDED = "escalationNeeded";
        public static final String ESCALATION_ACTION = "escalationAction";
        // return visit
        public static final String SATISFACTION_SCORE = "satisfactionScore";
        public static final String PROBLEM_SOLVED = "problemSolved";
        public static final String ENGINEER_ON_TIME = "engineerOnTime";
        public static final String SURVEY_COMMENT = "surveyComment";
        public static final String FOLLOW_UP_REQUIRED = "followUpRequired";
        public static final String FOLLOW_UP_ACTION = "followUpAction";
        public static final String FOLLOW_UP_RESOLVED = "followUpResolved";

        private Variables() {
        }
    }

    public static final class Data {
        public static final String SERVICE_REQUEST_ID = "serviceRequestId";
        /** The priority Tasklist gives the request's tasks (their cards show it): {@link #taskPriority}. */
        public static final String TASK_PRIORITY = "taskPriority";
        /** The amount due (a number); forms show {@link Variables#SETTLEMENT_AMOUNT_TEXT}. */
        public static final String SETTLEMENT_AMOUNT = "settlementAmount";
        /**
         * The work order a step refers to, as refusals name it. Not a process variable: each step finds the request's
         * current work order in its record ({@code ServiceRequestService.currentWorkOrder}).
         */
        public static final String WORK_ORDER_ID = "workOrderId";
        /** Input parameter of the breach and escalation steps: FIRST_RESPONSE or RESOLUTION. */
        public static final String SLA_KIND = "slaKind";

        private Data() {
        }
    }

    /**
     * The priority of the request's tasks in Tasklist (higher first, the engine's default is 50) for the triage
     * priority (1 = most urgent): 1 → 90, 2 → 70, 3 → 50, 4 and below → 30.
     */
    public static int taskPriority(int priority) {
        return switch (priority) {
            case 1 -> 90;
            case 2 -> 70;
            case 3 -> 50;
            default -> priority < 1 ? 90 : 30;
        };
    }

    /** The triage priority in words, with the number the task cards show: "High / 高 (70)". */
    public static String priorityLabel(int priority) {
        String words = switch (priority) {
            case 1 -> "Urgent / 紧急";
            case 2 -> "High / 高";
            case 3 -> "Normal / 普通";
            default -> priority < 1 ? "Urgent / 紧急" : "Low / 低";
        };
        return words + " (" + taskPriority(priority) + ")";
    }
}
