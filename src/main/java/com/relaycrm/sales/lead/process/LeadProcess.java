package com.relaycrm.sales.lead.process;

import com.relaycrm.common.RecordKeys;
import com.relaycrm.process.ProcessGateway;
import com.relaycrm.process.ProcessStarter;
import com.relaycrm.process.SystemAccess;
import com.relaycrm.sales.lead.Lead;
import com.relaycrm.sales.lead.LeadTimes;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The lead's lifecycle ({@code processes/lead-lifecycle.bpmn}): assignment by rule, the department and public
 * pools, follow-up with its reminder and overdue timers, recycling, conversion. Owns the diagram's names and is the
 * only code that starts, moves or queries it; {@code LeadService} asks it with typed methods. Every method works
 * under system authority: the service has checked the user's data permission.
 */
@Component
@ProcessGateway(LeadProcess.KEY)
public class LeadProcess {

    public static final String KEY = "lead-lifecycle";
    /** The business key and record number of a lead: this and its id (LEAD-12). */
    public static final String BUSINESS_KEY_PREFIX = "LEAD-";

    public static final class Tasks {
        public static final String FOLLOW_UP = "FollowUpLead";
        public static final String ASSIGN_FROM_DEPARTMENT_POOL = "AssignFromDepartmentPool";
        public static final String CLAIM_FROM_PUBLIC_POOL = "ClaimFromPublicPool";

        private Tasks() {
        }
    }

    public static final class Timers {
        /** Non-interrupting, on the follow-up task: at {@link Variables#REMINDER_AT}. */
        public static final String REMINDER_DUE = "ReminderDue";
        /** Interrupting, on the follow-up task: at {@link Variables#FOLLOW_UP_DUE_AT}, the lead is recycled. */
        public static final String FOLLOW_UP_OVERDUE = "FollowUpOverdue";
        /** On the department pool task: at {@link Variables#POOL_DUE_AT}, the lead moves to the public pool. */
        public static final String POOL_PERIOD_OVER = "PoolPeriodOver";

        private Timers() {
        }
    }

    public static final class Messages {
        /** A manager takes a held lead back to the department pool. */
        public static final String RECYCLE_REQUESTED = "LeadRecycleRequested";

        private Messages() {
        }
    }

    public static final class Forms {
        public static final String FOLLOW_UP = "lead-follow-up";
        public static final String POOL_ASSIGN = "lead-pool-assign";
        public static final String CLAIM = "lead-claim";

        private Forms() {
        }
    }

    public static final class Variables {
        /** The rep holding the lead: the follow-up task's assignee. */
        public static final String OWNER = "leadOwner";
        /** Did "Assign by rule" find a rep with a free place? */
        public static final String ASSIGNED = "assigned";
        public static final String FOLLOW_UP_DUE_AT = "followUpDueAt";
        public static final String REMINDER_AT = "reminderAt";
        public static final String POOL_DUE_AT = "poolDueAt";
        /** The follow-up form's choice: {@link Values#CONVERT}, {@link Values#INVALID} or else a follow-up. */
        public static final String OUTCOME = "outcome";
        /** The pool form's choice: {@link Values#ASSIGN}, {@link Values#INVALID} or else the public pool. */
        public static final String POOL_ACTION = "poolAction";
        /** What the task forms show of the lead. */
        public static final String LEAD_NAME = "leadName";
        public static final String COMPANY = "company";
        public static final String PHONE = "phone";
        public static final String EMAIL = "email";
        public static final String SOURCE = "source";
        public static final String LEAD_NOTE = "leadNote";
        public static final String DEPARTMENT_CODE = "departmentCode";
        public static final String EARLIER_FOLLOW_UPS = "earlierFollowUps";
        /** Follow-up form: what was done, or why the lead is invalid. */
        public static final String ACTIVITY_NOTE = "activityNote";
        public static final String INVALID_REASON = "invalidReason";
        /** Follow-up form: the conversion. */
        public static final String CREATE_CUSTOMER = "createCustomer";
        public static final String CUSTOMER_NAME = "customerName";
        public static final String EXISTING_CUSTOMER_ID = "existingCustomerId";
        public static final String OWN_CUSTOMER_OPTIONS = "ownCustomerOptions";
        public static final String CREATE_CONTACT = "createContact";
        public static final String CREATE_OPPORTUNITY = "createOpportunity";
        public static final String OPPORTUNITY_NAME = "opportunityName";
        public static final String OPPORTUNITY_AMOUNT = "opportunityAmount";
        /** Department pool form: the rep a manager assigns the lead to, from the options {@link #REP_OPTIONS}. */
        public static final String ASSIGN_TO = "assignTo";
        public static final String REP_OPTIONS = "repOptions";

        private Variables() {
        }
    }

    public static final class Data {
        /** The lead the process was started for (the first step binds the process to it). */
        public static final String LEAD_ID = "leadId";
        public static final String DUPLICATE = "duplicate";
        /** Sent with {@link Messages#RECYCLE_REQUESTED}, removed by "Recycle to the department pool". */
        public static final String RECYCLED_BY = "recycledBy";
        public static final String RECYCLE_REASON = "recycleReason";
        /** Set by "Convert the lead". */
        public static final String CUSTOMER_ID = "customerId";
        public static final String OPPORTUNITY_ID = "opportunityId";

        private Data() {
        }
    }

    /** The values of {@link Variables#OUTCOME} and {@link Variables#POOL_ACTION} the diagram's conditions test. */
    public static final class Values {
        public static final String CONVERT = "CONVERT";
        public static final String INVALID = "INVALID";
        public static final String ASSIGN = "ASSIGN";

        private Values() {
        }
    }

    private final ProcessStarter starter;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final SystemAccess systemAccess;

    LeadProcess(ProcessStarter starter, RuntimeService runtimeService, TaskService taskService,
                ManagementService managementService, SystemAccess systemAccess) {
        this.starter = starter;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.systemAccess = systemAccess;
    }

    /** The record id in a business key ("LEAD-12" → 12); an unknown key is not found. */
    public static long leadIdOf(String businessKey) {
        return RecordKeys.idAfterPrefix(businessKey, BUSINESS_KEY_PREFIX, "Lead");
    }

    public static String businessKey(long leadId) {
        return BUSINESS_KEY_PREFIX + leadId;
    }

    /** Starts the lifecycle of a stored lead; returns the process instance id. */
    public String start(Lead lead) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Data.LEAD_ID, lead.getId());
        variables.put(Variables.LEAD_NAME, lead.getName());
        variables.put(Variables.COMPANY, lead.getCompany());
        variables.put(Variables.PHONE, lead.getPhone());
        variables.put(Variables.EMAIL, lead.getEmail());
        variables.put(Variables.SOURCE, lead.getSource().name());
        variables.put(Variables.LEAD_NOTE, lead.getNote());
        variables.put(Variables.DEPARTMENT_CODE, lead.getDepartmentCode());
        variables.put(Data.DUPLICATE, lead.isDuplicate());
        return starter.start(KEY, businessKey(lead.getId()), variables).getId();
    }

    /**
     * A follow-up recorded outside the task (REST): the follow-up task's deadline, its timers and its due date move
     * to the new times. The timers were set when the task was created, so their jobs are rescheduled.
     */
    public void followedUp(String processInstanceId, LeadTimes times) {
        systemAccess.run(() -> {
            runtimeService.setVariable(processInstanceId, Variables.FOLLOW_UP_DUE_AT, Date.from(times.followUpDueAt()));
            runtimeService.setVariable(processInstanceId, Variables.REMINDER_AT, Date.from(times.reminderAt()));
            reschedule(processInstanceId, Timers.FOLLOW_UP_OVERDUE, times.followUpDueAt());
            reschedule(processInstanceId, Timers.REMINDER_DUE, times.reminderAt());
            Task task = taskService.createTaskQuery().processInstanceId(processInstanceId)
                    .taskDefinitionKey(Tasks.FOLLOW_UP).singleResult();
            if (task != null) {
                task.setDueDate(Date.from(times.followUpDueAt()));
                taskService.saveTask(task);
            }
        });
    }

    /** A manager's recycle of a held lead: the message interrupts the follow-up task. */
    public void requestRecycle(long leadId, String recycledBy, String reason) {
        systemAccess.run(() -> runtimeService.createMessageCorrelation(Messages.RECYCLE_REQUESTED)
                .processInstanceBusinessKey(businessKey(leadId))
                .setVariable(Data.RECYCLED_BY, recycledBy)
                .setVariable(Data.RECYCLE_REASON, reason)
                .correlate());
    }

    /**
     * A manager assigns a lead waiting in the department pool: completes the pool task as them with the choice
     * ASSIGN. False when the lead is not waiting there.
     */
    public boolean assignFromDepartmentPool(String processInstanceId, String manager, String rep) {
        Task task = systemAccess.call(() -> taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(Tasks.ASSIGN_FROM_DEPARTMENT_POOL).singleResult());
        if (task == null) {
            return false;
        }
        Map<String, Object> decision = Map.of(Variables.POOL_ACTION, Values.ASSIGN, Variables.ASSIGN_TO, rep);
        systemAccess.run(() -> {
            taskService.setAssignee(task.getId(), manager);
            taskService.complete(task.getId(), decision);
        });
        return true;
    }

    private void reschedule(String processInstanceId, String timer, Instant dueAt) {
        managementService.createJobQuery().processInstanceId(processInstanceId).activityId(timer).list()
                .forEach(job -> managementService.setJobDuedate(job.getId(), Date.from(dueAt)));
    }

    // ---- what the steps write ----

    /** The lead is with a rep now: their name and the follow-up and reminder timers. */
    static void held(DelegateExecution execution, String owner, LeadTimes times) {
        execution.setVariable(Variables.OWNER, owner);
        execution.setVariable(Variables.ASSIGNED, true);
        execution.setVariable(Variables.FOLLOW_UP_DUE_AT, Date.from(times.followUpDueAt()));
        execution.setVariable(Variables.REMINDER_AT, Date.from(times.reminderAt()));
    }

    /** The lead waits in the department pool until this time, then moves to the public pool. */
    static void inDepartmentPool(DelegateExecution execution, Instant poolDueAt) {
        execution.setVariable(Variables.OWNER, null);
        execution.setVariable(Variables.ASSIGNED, false);
        execution.setVariable(Variables.POOL_DUE_AT, Date.from(poolDueAt));
    }

    /** Nobody holds the lead (it is in the public pool). */
    static void released(DelegateExecution execution) {
        execution.setVariable(Variables.OWNER, null);
        execution.setVariable(Variables.ASSIGNED, false);
    }

    /** The next follow-up period, and what the next follow-up form shows of those so far. */
    static void followedUp(DelegateExecution execution, LeadTimes times, String earlierFollowUps) {
        execution.setVariable(Variables.FOLLOW_UP_DUE_AT, Date.from(times.followUpDueAt()));
        // the next follow-up shows what was done so far
        execution.setVariable(Variables.EARLIER_FOLLOW_UPS, earlierFollowUps);
        execution.setVariable(Variables.REMINDER_AT, Date.from(times.reminderAt()));
    }
}
