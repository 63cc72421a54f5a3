package com.relaycrm.expense.process;

import com.relaycrm.expense.ApprovalDecision;
import com.relaycrm.expense.ExpenseRequest;
import com.relaycrm.process.ProcessGateway;
import com.relaycrm.process.ProcessStarter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The expense approval process ({@code processes/expense-approval.bpmn}): the names its diagram, forms and Java share,
 * and the one place that starts it, moves its tasks (email approval, delegation, withdrawal) and queries them. The
 * callers authorise; calls that need more than the acting user may do run inside their {@code SystemAccess}.
 */
@Component
@ProcessGateway(ExpenseApprovalProcess.KEY)
public class ExpenseApprovalProcess {

    public static final String KEY = "expense-approval";

    public static final class Tasks {
        public static final String APPROVE = "ApproveExpense";
        public static final String PAY = "PayExpense";
        public static final String REVISE = "ReviseExpense";

        private Tasks() {
        }
    }

    public static final class Forms {
        public static final String START = "expense-start";
        public static final String APPROVAL = "expense-approval";
        public static final String PAYMENT = "expense-payment";
        public static final String REVISE = "expense-revise";

        private Forms() {
        }
    }

    public static final class Variables {
        /** Who started it from Tasklist (camunda:initiator). */
        public static final String INITIATOR = "initiator";
        public static final String REQUESTER = "requesterId";
        /** Who asked, as people know them (the forms show this; the steps use the id). */
        public static final String REQUESTER_NAME = "requesterName";
        public static final String REQUEST_NUMBER = "requestNumber";
        public static final String DEPARTMENT_CODE = "departmentCode";
        public static final String EXPENSE_TYPE = "expenseType";
        public static final String AMOUNT = "amount";
        public static final String CURRENCY = "currency";
        public static final String PURPOSE = "purpose";
        /** The chain decided for this submission, in words for the form (the request keeps {@code Approver.format}). */
        public static final String APPROVAL_CHAIN = "approvalChain";
        /** 1-based level the approval task is at. */
        public static final String APPROVAL_LEVEL = "approvalLevel";
        /** Set by the approval task: one of {@link Outcome}. */
        public static final String APPROVAL_OUTCOME = "approvalOutcome";
        public static final String DECISION = "approvalDecision";
        public static final String COMMENT = "approvalComment";
        public static final String TRANSFER_TO = "transferTo";
        /** The users the approval form offers to transfer to (a select's {@code valuesKey}). */
        public static final String TRANSFER_OPTIONS = "transferOptions";
        /**
         * The approval form's reason, shown and required only when rejecting (Camunda Forms validate a field that is
         * shown; the optional comment is hidden then). Recorded as the step's comment.
         */
        public static final String REJECTION_REASON = "rejectionReason";
        public static final String REJECTION_COMMENT = "rejectionComment";
        /** RESUBMIT or CANCEL, and whether the request went back to approval. */
        public static final String REVISION = "revisionDecision";
        public static final String RESUBMITTED = "resubmitted";
        /** Finance's payment form. */
        public static final String PAID_AMOUNT = "paidAmount";
        public static final String PAID_ON = "paidOn";
        public static final String PAYMENT_REFERENCE = "paymentReference";
        public static final String APPROVED_BY = "approvedBy";

        private Variables() {
        }
    }

    public static final class Data {
        public static final String EXPENSE_REQUEST_ID = "expenseRequestId";
        public static final String APPROVAL_LEVELS = "approvalLevels";
        /** Who the task at the current level goes to (an {@code Approver}); changed by transfer and withdrawal. */
        public static final String LEVEL_APPROVER = "levelApprover";
        /** The task card's title. */
        public static final String SUBJECT = "subject";

        private Data() {
        }
    }

    /** The values of {@link Variables#APPROVAL_OUTCOME}. */
    public static final class Outcome {
        public static final String NEXT_LEVEL = "NEXT_LEVEL";
        public static final String TRANSFERRED = "TRANSFERRED";
        public static final String REJECTED = "REJECTED";
        public static final String APPROVED = "APPROVED";

        private Outcome() {
        }
    }

    /** The values of {@link Variables#REVISION}. */
    public static final String RESUBMIT = "RESUBMIT";
    public static final String CANCEL = "CANCEL";

    private final ProcessStarter processStarter;
    private final RuntimeService runtimeService;
    private final TaskService taskService;

    ExpenseApprovalProcess(ProcessStarter processStarter, RuntimeService runtimeService, TaskService taskService) {
        this.processStarter = processStarter;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /** Submits a stored request for approval (from the API; Tasklist's start form starts it without a record). */
    public void start(ExpenseRequest request) {
        processStarter.start(KEY, request.getRequestNumber(), Map.of(Data.EXPENSE_REQUEST_ID, request.getId()));
    }

    // ---- approval tasks ----

    public Optional<Task> task(String taskId) {
        return Optional.ofNullable(taskService.createTaskQuery().taskId(taskId).singleResult());
    }

    /** The one task the process waits on, if any. */
    public Optional<Task> waitingTask(String processInstanceId) {
        return Optional.ofNullable(taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult());
    }

    /** Whether the task is an approval or finance's payment (what a withdrawal may take back). */
    public static boolean isApprovalOrPayment(Task task) {
        return Tasks.APPROVE.equals(task.getTaskDefinitionKey()) || Tasks.PAY.equals(task.getTaskDefinitionKey());
    }

    /** Open approval tasks assigned to the user. */
    public List<Task> approvalsAssignedTo(String userId) {
        return approvals().taskAssignee(userId).list();
    }

    /** Open approval tasks nobody has taken that are offered to the user (by name or through a group). */
    public List<Task> approvalsOfferedTo(String userId) {
        return approvals().taskCandidateUser(userId).list();
    }

    /** Open approval tasks offered to the user, taken or not. */
    public List<Task> approvalsOfferedToIncludingAssigned(String userId) {
        return approvals().taskCandidateUser(userId).includeAssignedTasks().list();
    }

    /** Open approval tasks the owner delegated that the substitute holds. */
    public List<Task> approvalsDelegated(String owner, String substitute) {
        return approvals().taskOwner(owner).taskAssignee(substitute).list();
    }

    private org.camunda.bpm.engine.task.TaskQuery approvals() {
        return taskService.createTaskQuery().processDefinitionKey(KEY).taskDefinitionKey(Tasks.APPROVE);
    }

    /** The requester of the task's request. */
    public String requesterOf(Task task) {
        return (String) taskService.getVariable(task.getId(), Variables.REQUESTER);
    }

    public List<IdentityLink> candidateLinks(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
    }

    /** The substitute holds the owner's task (delegation: history shows "substitute on behalf of owner"). */
    public void delegate(String taskId, String owner, String substitute) {
        taskService.setOwner(taskId, owner);
        taskService.setAssignee(taskId, substitute);
    }

    /** A delegated task back to its owner, who holds it alone again. */
    public void giveBack(Task task, String owner) {
        // taskService.setOwner refuses null; saving the task clears the owner
        task.setOwner(null);
        task.setAssignee(owner);
        taskService.saveTask(task);
    }

    public void addCandidate(String taskId, String userId) {
        taskService.addCandidateUser(taskId, userId);
    }

    public void removeCandidate(String taskId, String userId) {
        taskService.deleteCandidateUser(taskId, userId);
    }

    public void unassign(String taskId) {
        taskService.setAssignee(taskId, null);
    }

    /**
     * Decides an approval task as the approver (claiming it first when nobody holds it); the caller has
     * authenticated the approver.
     */
    public void decide(Task task, String approver, ApprovalDecision decision, String comment) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.DECISION, decision.name());
        variables.put(Variables.COMMENT, comment);
        variables.put(Variables.TRANSFER_TO, null);
        if (task.getAssignee() == null) {
            taskService.claim(task.getId(), approver);
        }
        taskService.complete(task.getId(), variables);
    }

    /**
     * Withdrawal (弃审): cancels the waiting task and starts the approval of the level again for the approver, by
     * process-instance modification.
     */
    public void restartApproval(String processInstanceId, Task waiting, int level, String approver) {
        runtimeService.setVariables(processInstanceId, Map.of(Variables.APPROVAL_LEVEL, level,
                Data.LEVEL_APPROVER, approver));
        runtimeService.createProcessInstanceModification(processInstanceId)
                .cancelAllForActivity(waiting.getTaskDefinitionKey())
                .startBeforeActivity(Tasks.APPROVE)
                .execute();
    }
}
