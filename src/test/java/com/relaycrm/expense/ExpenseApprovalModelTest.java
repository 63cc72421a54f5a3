package com.relaycrm.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.relaycrm.expense.process.ExpenseApprovalProcess;
import com.relaycrm.expense.process.ExpenseApprovalProcess.Data;
import com.relaycrm.expense.process.ExpenseApprovalProcess.Outcome;
import com.relaycrm.expense.process.ExpenseApprovalProcess.Tasks;
import com.relaycrm.expense.process.ExpenseApprovalProcess.Variables;
import com.relaycrm.support.ModelMocks;
import com.relaycrm.support.ProcessModelTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The expense-approval diagram alone (fast tier): the chain is decided asynchronously, the approval task repeats per
 * level (next level, transfer), a rejection goes to the requester who resubmits or cancels, and the approved request
 * goes to finance's payment. The steps are recorded no-ops; the approvers come from a stand-in for expenseApprovers.
 */
@ProcessModelTest
@Deployment(resources = "processes/expense-approval.bpmn")
class ExpenseApprovalModelTest {

    /** Stands in for the expenseApprovers bean: every level to approver1, payment to the finance group. */
    public static final class Approvers {
        public String assignee(DelegateExecution execution) {
            return "approver1";
        }

        public List<String> candidateGroups(DelegateExecution execution) {
            return List.of();
        }

        public List<String> candidateUsers(DelegateExecution execution) {
            return List.of();
        }

        public List<String> groupsFor(DelegateExecution execution, String groupId) {
            return List.of(groupId);
        }

        public List<String> usersFor(DelegateExecution execution, String groupId) {
            return List.of();
        }
    }

    @BeforeEach
    void approvers() {
        ModelMocks.register("expenseApprovers", new Approvers());
    }

    private static ProcessInstance submitted() {
        ProcessInstance process = runtimeService().startProcessInstanceByKey(ExpenseApprovalProcess.KEY,
                Map.of(Data.EXPENSE_REQUEST_ID, 1L, Variables.REQUESTER, "sales1"));
        assertThat(process).isWaitingAt("DetermineApprovalChain");
        execute(job());
        return process;
    }

    @Test
    void everyLevelApprovesThenFinancePaysAndTheRequestIsPaid() {
        ProcessInstance process = submitted();
        assertThat(process).isWaitingAt(Tasks.APPROVE).task().isAssignedTo("approver1");

        complete(task(), Map.of(Variables.APPROVAL_OUTCOME, Outcome.NEXT_LEVEL));
        assertThat(process).isWaitingAt(Tasks.APPROVE);
        complete(task(), Map.of(Variables.APPROVAL_OUTCOME, Outcome.APPROVED));
        assertThat(process).isWaitingAt(Tasks.PAY).task().hasCandidateGroup("finance");
        complete(task());

        assertThat(process).isEnded().hasPassedInOrder("RegisterExpense", "DetermineApprovalChain", Tasks.APPROVE,
                Tasks.APPROVE, Tasks.PAY, "RecordExpensePayment", "ExpensePaid");
        assertThat(ModelMocks.calls("registerExpense")).containsExactly("RegisterExpense");
        assertThat(ModelMocks.calls("determineExpenseApprovalChain")).containsExactly("DetermineApprovalChain");
        assertThat(ModelMocks.calls("expenseApprovalTask")).contains(Tasks.APPROVE);
        assertThat(ModelMocks.calls("expensePaymentTask")).containsExactly(Tasks.PAY);
        assertThat(ModelMocks.calls("recordExpensePayment")).containsExactly("RecordExpensePayment");
    }

    @Test
    void aTransferGivesTheSameLevelToAnotherApprover() {
        ProcessInstance process = submitted();
        complete(task(), Map.of(Variables.APPROVAL_OUTCOME, Outcome.TRANSFERRED));

        assertThat(process).isWaitingAt(Tasks.APPROVE);
        assertThat(ModelMocks.calls("determineExpenseApprovalChain")).as("the chain stays").hasSize(1);
    }

    @Test
    void aRejectionGoesToTheRequesterWhoseResubmissionDecidesTheChainAgain() {
        ModelMocks.onExecution("reviseExpense", execution -> execution.setVariable(Variables.RESUBMITTED, true));
        ProcessInstance process = submitted();
        complete(task(), Map.of(Variables.APPROVAL_OUTCOME, Outcome.REJECTED));
        assertThat(process).isWaitingAt(Tasks.REVISE).task().isAssignedTo("sales1");

        complete(task(), Map.of(Variables.REVISION, ExpenseApprovalProcess.RESUBMIT));

        assertThat(process).isWaitingAt("DetermineApprovalChain");
        execute(job());
        assertThat(process).isWaitingAt(Tasks.APPROVE);
        assertThat(ModelMocks.calls("determineExpenseApprovalChain")).hasSize(2);
    }

    @Test
    void aCancelledRevisionEndsTheRequest() {
        ModelMocks.onExecution("reviseExpense", execution -> execution.setVariable(Variables.RESUBMITTED, false));
        ProcessInstance process = submitted();
        complete(task(), Map.of(Variables.APPROVAL_OUTCOME, Outcome.REJECTED));
        complete(task(), Map.of(Variables.REVISION, ExpenseApprovalProcess.CANCEL));

        assertThat(process).isEnded().hasPassed("ApplyRevision", "ExpenseCancelled").hasNotPassed(Tasks.PAY);
    }
}
