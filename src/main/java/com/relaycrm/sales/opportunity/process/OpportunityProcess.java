package com.relaycrm.sales.opportunity.process;

import com.relaycrm.common.DisplayText;
import com.relaycrm.common.RecordKeys;
import com.relaycrm.organisation.Groups;
import com.relaycrm.process.ProcessGateway;
import com.relaycrm.process.ProcessStarter;
import com.relaycrm.sales.opportunity.Opportunity;
import com.relaycrm.sales.opportunity.OpportunityStage;
import com.relaycrm.sales.opportunity.StageDecision;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * An opportunity's stage promotion ({@code processes/opportunity.bpmn}): the owner promotes it stage by stage, fails
 * it or lets it sleep until a wake-up date; leaving a gated stage or a discount beyond the limit needs a sales
 * manager's approval; a won opportunity creates its order. Owns the diagram's names and is the only code that
 * starts, moves or queries it; {@code OpportunityService} asks it with typed methods.
 */
@Component
@ProcessGateway(OpportunityProcess.KEY)
public class OpportunityProcess {

    public static final String KEY = "opportunity";
    /** The business key and record number of an opportunity: this and its id (OPP-12). */
    public static final String BUSINESS_KEY_PREFIX = "OPP-";

    public static final class Tasks {
        /** The owner's promotion task (or the sales managers', once the opportunity was recycled). */
        public static final String PROMOTE = "PromoteOpportunity";
        /** A sales manager's approval of a gated promotion. */
        public static final String APPROVE = "ApprovePromotion";

        private Tasks() {
        }
    }

    public static final class Timers {
        /** A dormant opportunity wakes up at {@link Variables#WAKE_UP_AT}. */
        public static final String WAKE_UP_DATE = "WakeUpDate";

        private Timers() {
        }
    }

    public static final class Forms {
        public static final String PROMOTION = "opportunity-promotion";
        public static final String APPROVAL = "opportunity-approval";

        private Forms() {
        }
    }

    public static final class Variables {
        /** Whose promotion task it is. */
        public static final String OWNER = "owner";
        /** Is the opportunity at the stage WON (it ends with an order)? */
        public static final String WON = "won";
        /** The promotion form's choice: a {@code Promotion} name (ADVANCE, FAIL, DORMANT). */
        public static final String PROMOTION = "promotion";
        public static final String WAKE_UP_AT = "wakeUpAt";
        public static final String APPROVAL_NEEDED = "approvalNeeded";
        /** What the task forms show. */
        public static final String OPPORTUNITY_NAME = "opportunityName";
        public static final String CUSTOMER_NAME = "customerName";
        public static final String AMOUNT = "amount";
        public static final String STAGE_LABEL = "stageLabel";
        public static final String NEXT_STAGE_LABEL = "nextStageLabel";
        public static final String MILESTONES = "milestones";
        public static final String APPROVAL_REASON = "approvalReason";
        /** Who asks for the approval, for the manager: "Li Na (sales1)". */
        public static final String REQUESTED_BY = "requestedBy";
        /** Promotion form: the owner's answers. */
        public static final String MILESTONES_MET = "milestonesMet";
        public static final String FAILURE_REASON = "failureReason";
        public static final String WAKE_UP_ON = "wakeUpOn";
        public static final String PROMOTION_NOTE = "promotionNote";
        /** Approval form: the manager's answers. */
        public static final String PROMOTION_APPROVED = "promotionApproved";
        public static final String APPROVAL_NOTE = "approvalNote";

        private Variables() {
        }
    }

    public static final class Data {
        /** The opportunity the process was started for (the first step binds the process to it). */
        public static final String OPPORTUNITY_ID = "opportunityId";
        /** The current stage's name. */
        public static final String STAGE = "stage";
        /** Set by "Create the order". */
        public static final String ORDER_ID = "orderId";

        private Data() {
        }
    }

    private final ProcessStarter starter;
    private final TaskService taskService;

    OpportunityProcess(ProcessStarter starter, TaskService taskService) {
        this.starter = starter;
        this.taskService = taskService;
    }

    /** The record id in a business key ("OPP-12" → 12); an unknown key is not found. */
    public static long idOf(String businessKey) {
        return RecordKeys.idAfterPrefix(businessKey, BUSINESS_KEY_PREFIX, "Opportunity");
    }

    public static String businessKey(long id) {
        return BUSINESS_KEY_PREFIX + id;
    }

    /** Starts the stage process of a stored opportunity; returns the process instance id. */
    public String start(Opportunity opportunity, String customerName) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Data.OPPORTUNITY_ID, opportunity.getId());
        variables.put(Variables.OWNER, opportunity.getOwnerId());
        variables.put(Variables.OPPORTUNITY_NAME, opportunity.getName());
        variables.put(Variables.CUSTOMER_NAME, customerName);
        // shown on the task forms as a person reads an amount: with its currency and thousands separators
        variables.put(Variables.AMOUNT, DisplayText.money(opportunity.getAmount()));
        return starter.start(KEY, businessKey(opportunity.getId()), variables).getId();
    }

    /** The id of the promotion task the process waits on, if it waits on one. */
    public Optional<String> promotionTask(String processInstanceId) {
        return Optional.ofNullable(taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(Tasks.PROMOTE).singleResult()).map(Task::getId);
    }

    /** The promotion task leaves its owner and goes to the sales managers, who hand it to a rep. */
    public void handToSalesManagers(String taskId) {
        taskService.setAssignee(taskId, null);
        taskService.addCandidateGroup(taskId, Groups.SALES_MANAGER);
    }

    // ---- what the steps write ----

    /** What the promotion task shows (the stage, its label and milestone checklist) and whose task it is. */
    static void stage(DelegateExecution execution, Opportunity opportunity, StageDecision decision) {
        execution.setVariable(Data.OPPORTUNITY_ID, opportunity.getId());
        execution.setVariable(Variables.OWNER, opportunity.getOwnerId());
        execution.setVariable(Data.STAGE, opportunity.getStage().name());
        execution.setVariable(Variables.STAGE_LABEL, opportunity.getStage().display());
        execution.setVariable(Variables.NEXT_STAGE_LABEL, opportunity.getStage() == OpportunityStage.WON ? ""
                : opportunity.getStage().next().display());
        execution.setVariable(Variables.MILESTONES, String.join("\n", decision.getMilestones()));
        execution.setVariable(Variables.WON, opportunity.getStage() == OpportunityStage.WON);
        execution.setVariable(Variables.MILESTONES_MET, false);
    }

    /**
     * The recorded decision: who acts next, whether a manager must approve it (and why), and for a dormant
     * opportunity the start of its wake-up day.
     */
    static void decided(DelegateExecution execution, String owner, boolean approvalNeeded, String approvalReason,
                        LocalDate wakeUpOn) {
        execution.setVariable(Variables.OWNER, owner);
        execution.setVariable(Variables.APPROVAL_NEEDED, approvalNeeded);
        if (approvalNeeded) {
            execution.setVariable(Variables.APPROVAL_REASON, approvalReason);
        }
        if (wakeUpOn != null) {
            execution.setVariable(Variables.WAKE_UP_AT, Date.from(wakeUpOn.atStartOfDay(ZoneId.systemDefault()).toInstant()));
        }
    }
}
