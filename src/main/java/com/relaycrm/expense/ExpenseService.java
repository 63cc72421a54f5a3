package com.relaycrm.expense;

import com.relaycrm.common.DisplayText;
import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.NotFoundException;
import com.relaycrm.common.Viewer;
import com.relaycrm.expense.ExpenseCommands.NewExpense;
import com.relaycrm.expense.internal.ApprovalStepRepository;
import com.relaycrm.expense.internal.ExpenseLinks;
import com.relaycrm.expense.internal.ExpenseRecordRepository;
import com.relaycrm.expense.internal.ExpenseRequestRepository;
import com.relaycrm.expense.process.ExpenseApprovalProcess;
import com.relaycrm.expense.process.ExpenseApprovalProcess.Data;
import com.relaycrm.expense.process.ExpenseApprovalProcess.Outcome;
import com.relaycrm.expense.process.ExpenseApprovalProcess.Variables;
import com.relaycrm.organisation.Groups;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.SystemAccess;
import com.relaycrm.rules.DecisionTables;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expense requests (费用申请): raising them, deciding their approval chain from the decision table, recording each
 * level's decision, the requester's revision and finance's payment. The {@code expense-approval} process calls it
 * through its delegates and task listener; the REST API raises requests through it.
 */
@Service
@Transactional
public class ExpenseService {

    static final String APPROVAL_TABLE = "expense-approval-levels";
    /** Who may raise expense requests: every working group and the administrators. */
    public static final String[] REQUESTERS = Stream.concat(Groups.STAFF.stream(), Stream.of(Groups.ADMIN))
            .toArray(String[]::new);

    private final ExpenseRequestRepository requests;
    private final ApprovalStepRepository steps;
    private final ExpenseRecordRepository records;
    private final OrganisationService organisation;
    private final DecisionTables decisionTables;
    private final ExpenseApprovalProcess process;
    private final ExpenseLinks links;
    private final IdentityService identityService;
    private final SystemAccess systemAccess;

    ExpenseService(ExpenseRequestRepository requests, ApprovalStepRepository steps, ExpenseRecordRepository records,
                   OrganisationService organisation, DecisionTables decisionTables,
                   ExpenseApprovalProcess process, ExpenseLinks links, IdentityService identityService,
                   SystemAccess systemAccess) {
        this.links = links;
        this.requests = requests;
        this.steps = steps;
        this.records = records;
        this.organisation = organisation;
        this.decisionTables = decisionTables;
        this.process = process;
        this.identityService = identityService;
        this.systemAccess = systemAccess;
    }

    /**
     * What finance's payment form opens with: the approved amount to pay (finance may pay less) and who approved the
     * request in its last round of approvals, by name.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> paymentFormVariables(long requestId) {
        ExpenseRequest request = requests.findById(requestId).orElseThrow(() ->
                new NotFoundException("Expense request", requestId));
        List<ApprovalStep> approvals = new java.util.ArrayList<>();
        for (ApprovalStep step : steps.findByExpenseRequestIdOrderById(requestId)) {
            if (step.getDecision() == ApprovalDecision.REJECT) {
                approvals.clear(); // a rejection starts a new round after the revision
            } else if (step.getDecision() == ApprovalDecision.APPROVE && step.getActedBy() != null) {
                approvals.add(step);
            }
        }
        Map<String, String> names = organisation.fullNames(approvals.stream().map(ApprovalStep::getActedBy).toList());
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.PAID_AMOUNT, request.getAmount().doubleValue());
        variables.put(Variables.APPROVED_BY, approvals.stream().map(step -> names.getOrDefault(step.getActedBy(),
                step.getActedBy()) + " (level " + step.getLevel() + ")").collect(java.util.stream.Collectors.joining(", ")));
        return variables;
    }

    /** Raises a request from the API and submits it for approval (both or neither). */
    public ExpenseRequest submit(NewExpense command, Viewer viewer) {
        viewer.requireAny("request expenses", REQUESTERS);
        ExpenseRequest request = register(viewer, command.departmentCode(), command.type(), command.amount(),
                command.currency(), command.purpose(), command.linkType(), command.linkId());
        process.start(request);
        return request;
    }

    /**
     * Stores a new request of the requester on one of their departments (the department decides the approval chain,
     * so nobody routes a request through another department's chain), linked to a record they may see.
     */
    public ExpenseRequest register(Viewer requester, String departmentCode, ExpenseType type, BigDecimal amount,
                            String currency, String purpose, LinkType linkType, Long linkId) {
        if (departmentCode == null || !organisation.departmentExists(departmentCode.trim())) {
            throw new InvalidInputException("departmentCode", "no department " + departmentCode);
        }
        if (!organisation.worksIn(requester.userId(), departmentCode.trim())) {
            List<String> own = organisation.departmentsOf(requester.userId());
            throw new InvalidInputException("departmentCode", requester.userId() + " does not work in "
                    + departmentCode.trim() + (own.isEmpty() ? " and belongs to no department"
                    : "; raise it on " + String.join(" or ", own)));
        }
        if (type == null) {
            throw new InvalidInputException("type", "is required");
        }
        requirePositiveAmount("amount", amount);
        String currencyCode = currency == null || currency.isBlank() ? DisplayText.DEFAULT_CURRENCY : currency.trim().toUpperCase();
        if (!currencyCode.matches("[A-Z]{3}")) {
            throw new InvalidInputException("currency", "must be a three-letter ISO currency code");
        }
        if (purpose == null || purpose.isBlank()) {
            throw new InvalidInputException("purpose", "is required");
        }
        links.requireVisible(linkType, linkId, requester);
        ExpenseRequest request = requests.save(new ExpenseRequest(requester.userId(), departmentCode.trim(), type,
                amount, currencyCode, purpose.trim(), linkType, linkId));
        request.assignNumber();
        return request;
    }

    private static void requirePositiveAmount(String field, BigDecimal amount) {
        if (amount == null) {
            throw new InvalidInputException(field, "is required");
        }
        if (amount.signum() <= 0) {
            throw new InvalidInputException(field, "must be greater than 0");
        }
        if (amount.scale() > 2) {
            throw new InvalidInputException(field, "has more than 2 decimal places");
        }
    }

    public ExpenseRequest attachProcess(long requestId, String processInstanceId) {
        ExpenseRequest request = request(requestId);
        if (request.getProcessInstanceId() != null && !request.getProcessInstanceId().equals(processInstanceId)) {
            throw new AccessDeniedException(request.getRequestNumber() + " is already in its own approval process");
        }
        request.attachProcess(processInstanceId);
        return request;
    }

    /** The small values Tasklist forms and cards show about a request; the record stays in the tables. */
    public Map<String, Object> formVariables(ExpenseRequest request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Data.EXPENSE_REQUEST_ID, request.getId());
        variables.put(Variables.REQUESTER, request.getRequesterId());
        // who asked, as people know them (the forms show this; the steps use the id)
        variables.put(Variables.REQUESTER_NAME, organisation.displayName(request.getRequesterId()) + " ("
                + request.getRequesterId() + ")");
        variables.put(Variables.REQUEST_NUMBER, request.getRequestNumber());
        variables.put(Data.SUBJECT, request.getExpenseType() + " " + request.getAmount().toPlainString() + " "
                + request.getCurrency() + ": " + abbreviate(request.getPurpose()));
        variables.put(Variables.DEPARTMENT_CODE, request.getDepartmentCode());
        variables.put(Variables.EXPENSE_TYPE, request.getExpenseType().name());
        variables.put(Variables.AMOUNT, request.getAmount().doubleValue());
        variables.put(Variables.CURRENCY, request.getCurrency());
        variables.put(Variables.PURPOSE, request.getPurpose());
        return variables;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /**
     * The chain as the approval form shows it: "Sales managers / 销售经理 → Finance / 财务", a person as "Zhao Lei
     * (salesmgr1)"; the request keeps the chain itself ({@link Approver#format}).
     */
    String inWords(List<Approver> chain) {
        return chain.stream().map(approver -> approver.group() ? organisation.groupName(approver.id())
                : organisation.nameAndId(approver.id())).collect(java.util.stream.Collectors.joining(" → "));
    }

    /** The chain from the decision table for the request as it stands now; starts approval at level 1. */
    public Map<String, Object> determineChain(long requestId) {
        ExpenseRequest request = request(requestId);
        ApprovalChainDecision decision = decisionTables.decide(APPROVAL_TABLE, new ApprovalChainDecision(
                request.getDepartmentCode(), request.getExpenseType().name(), request.getAmount(),
                groupsOf(request.getRequesterId())));
        List<Approver> chain = decision.getChain();
        requireApproversBesidesRequester(request, chain, decision.getRule());
        request.submitted(Approver.format(chain), decision.getRule() + "@" + decision.getTableVersion(), Instant.now());
        Map<String, Object> variables = new HashMap<>(formVariables(request));
        variables.put(Variables.APPROVAL_CHAIN, inWords(chain));
        variables.put(Data.APPROVAL_LEVELS, chain.size());
        variables.put(Variables.APPROVAL_LEVEL, 1);
        variables.put(Data.LEVEL_APPROVER, chain.get(0).toString());
        return variables;
    }

    /**
     * Every level needs someone other than the requester to decide it; otherwise the submission stops here (an
     * incident in Cockpit naming the level) until the table or the group is changed and the job retried.
     */
    private void requireApproversBesidesRequester(ExpenseRequest request, List<Approver> chain, String rule) {
        String requester = request.getRequesterId();
        for (int level = 1; level <= chain.size(); level++) {
            Approver approver = chain.get(level - 1);
            boolean nobodyElse = approver.group()
                    ? members(approver.id()).stream().allMatch(requester::equals)
                    : approver.id().equals(requester);
            if (nobodyElse) {
                throw new IllegalStateException("Level " + level + " (" + approver + ") of the approval chain of "
                        + request.getRequestNumber() + " from rule '" + rule + "' has nobody but the requester "
                        + requester + " to approve it, and nobody approves their own request: change the "
                        + APPROVAL_TABLE + " table or the group, then retry");
            }
        }
    }

    /** Separation of duties: the requester never decides, transfers or pays their own request, in any role. */
    public void requireNotRequester(long requestId, String userId, String action) {
        requireNotRequester(request(requestId), userId, action);
    }

    private static void requireNotRequester(ExpenseRequest request, String userId, String action) {
        if (request.getRequesterId().equals(userId)) {
            throw new AccessDeniedException(userId + " raised " + request.getRequestNumber() + " and so cannot "
                    + action + " it: nobody approves or pays their own request");
        }
    }

    /** Opens the history entry of a new approval task. */
    public void approvalTaskCreated(long requestId, int level, Approver approver, String taskId) {
        steps.save(ApprovalStep.pending(requestId, level, approver, taskId));
    }

    /**
     * Records that an approval task was given to another user in Tasklist (its assignee changed from one user to
     * another) as a transfer (转签): the step of the previous assignee closes as TRANSFER by whoever changed it, and
     * the new assignee's step opens on the same task.
     */
    public void recordReassignment(String taskId, long requestId, int level, String from, String to, String actor) {
        ApprovalStep step = steps.pendingStep(taskId).orElseGet(() ->
                steps.save(ApprovalStep.pending(requestId, level, Approver.user(from), taskId)));
        step.decide(ApprovalDecision.TRANSFER, "Reassigned in Tasklist", actor, null, to);
        steps.save(ApprovalStep.pending(requestId, level, Approver.user(to), taskId));
    }

    /**
     * Records an approver's decision on the task at a level and says where the process goes: the next level,
     * back to the same level for the transferee (转签), to the requester (rejected) or to payment (approved by all).
     * An owner other than the actor (a delegated task) is recorded as "on behalf of".
     */
    public Map<String, Object> recordDecision(String taskId, String processInstanceId, long requestId,
                                       ApprovalDecision decision, String comment, String transferTo,
                                       String actor, String owner) {
        ExpenseRequest request = request(requestId);
        if (!processInstanceId.equals(request.getProcessInstanceId())
                || request.getStatus() != ExpenseStatus.IN_APPROVAL) {
            throw new AccessDeniedException("This task does not decide " + request.getRequestNumber() + " ("
                    + request.getStatus() + ")");
        }
        requireNotRequester(request, actor, "approve");
        if (owner != null) {
            requireNotRequester(request, owner, "have someone approve");
        }
        if (comment != null && comment.length() > ApprovalStep.COMMENT_LENGTH) {
            throw new InvalidInputException(Variables.COMMENT, "is " + comment.length()
                    + " characters long; at most " + ApprovalStep.COMMENT_LENGTH);
        }
        // the level and the chain are the ones the application recorded, never what a submission says
        ApprovalStep step = steps.pendingStep(taskId).orElseThrow(() -> new AccessDeniedException(
                "No approval of " + request.getRequestNumber() + " is waiting on task " + taskId));
        int level = step.getLevel();
        String onBehalfOf = owner != null && !owner.equals(actor) ? owner : null;
        List<Approver> chain = Approver.chain(request.getApprovalChain());
        Map<String, Object> variables = new HashMap<>();
        switch (decision) {
            case APPROVE -> {
                step.decide(ApprovalDecision.APPROVE, comment, actor, onBehalfOf, null);
                if (level < chain.size()) {
                    variables.put(Variables.APPROVAL_OUTCOME, Outcome.NEXT_LEVEL);
                    variables.put(Variables.APPROVAL_LEVEL, level + 1);
                    variables.put(Data.LEVEL_APPROVER, chain.get(level).toString());
                } else {
                    variables.put(Variables.APPROVAL_OUTCOME, Outcome.APPROVED);
                    request.decided(ExpenseStatus.APPROVED, Instant.now());
                }
            }
            case REJECT -> {
                if (comment == null) {
                    throw new InvalidInputException(Variables.REJECTION_REASON, "say why the request is rejected",
                            "请说明驳回原因");
                }
                step.decide(ApprovalDecision.REJECT, comment, actor, onBehalfOf, null);
                variables.put(Variables.APPROVAL_OUTCOME, Outcome.REJECTED);
                variables.put(Variables.REJECTION_COMMENT, comment);
                request.decided(ExpenseStatus.REJECTED, Instant.now());
            }
            case TRANSFER -> {
                if (transferTo == null) {
                    throw new InvalidInputException(Variables.TRANSFER_TO, "name the user to transfer to", "请选择转签对象");
                }
                if (transferTo.equals(actor)) {
                    throw new InvalidInputException(Variables.TRANSFER_TO, "cannot transfer to yourself", "不能转签给自己");
                }
                if (transferTo.equals(request.getRequesterId())) {
                    throw new InvalidInputException(Variables.TRANSFER_TO, transferTo
                            + " raised this request and cannot approve it", transferTo + " 是申请人，不能审批");
                }
                if (!userExists(transferTo)) {
                    throw new InvalidInputException(Variables.TRANSFER_TO, "no user " + transferTo, "没有用户 " + transferTo);
                }
                step.decide(ApprovalDecision.TRANSFER, comment, actor, onBehalfOf, transferTo);
                variables.put(Variables.APPROVAL_OUTCOME, Outcome.TRANSFERRED);
                variables.put(Data.LEVEL_APPROVER, Approver.user(transferTo).toString());
            }
            default -> throw new InvalidInputException(Variables.DECISION,
                    "'" + decision + "' is not one of [APPROVE, REJECT, TRANSFER]");
        }
        return variables;
    }

    public List<String> groupsOf(String userId) {
        return organisation.groupIds(userId);
    }

    public boolean isMember(String userId, String groupId) {
        return organisation.isMember(userId, groupId);
    }

    public List<String> members(String groupId) {
        return organisation.membersOfGroup(groupId);
    }

    /** The user's email address, or null. */
    public String email(String userId) {
        return organisation.emailOf(userId).orElse(null);
    }

    public boolean userExists(String userId) {
        return systemAccess.call(() -> identityService.createUserQuery().userId(userId).count() > 0);
    }

    /**
     * The requester's answer to a rejection: resubmit (with a revised amount and purpose) or cancel.
     * Returns whether the request goes back to approval.
     */
    public boolean revise(long requestId, boolean resubmit, BigDecimal amount, String purpose, String actor) {
        ExpenseRequest request = request(requestId);
        if (request.getStatus() != ExpenseStatus.REJECTED) {
            throw new InvalidInputException("status", request.getRequestNumber() + " is " + request.getStatus()
                    + ", not REJECTED");
        }
        if (!resubmit) {
            request.closed(ExpenseStatus.CANCELLED, Instant.now());
            return false;
        }
        requirePositiveAmount("amount", amount);
        if (purpose == null || purpose.isBlank()) {
            throw new InvalidInputException("purpose", "is required");
        }
        request.revised(amount, purpose.trim());
        return true;
    }

    /** Finance's payment against the approved request (费用支出单), which closes it. */
    public ExpenseRecord recordPayment(long requestId, BigDecimal amount, LocalDate paidOn, String reference, String actor) {
        ExpenseRequest request = request(requestId);
        if (request.getStatus() != ExpenseStatus.APPROVED) {
            throw new InvalidInputException("status", request.getRequestNumber() + " is " + request.getStatus()
                    + ", not APPROVED");
        }
        requireNotRequester(request, actor, "pay");
        requirePositiveAmount("paidAmount", amount);
        if (amount.compareTo(request.getAmount()) > 0) {
            throw new InvalidInputException("paidAmount", "exceeds the approved amount "
                    + request.getAmount().toPlainString());
        }
        ExpenseRecord record = records.save(new ExpenseRecord(request.getId(), amount, request.getCurrency(),
                paidOn == null ? LocalDate.now() : paidOn, reference, actor));
        request.closed(ExpenseStatus.PAID, Instant.now());
        return record;
    }

    public ExpenseRequest request(long id) {
        return requests.findById(id).orElseThrow(() -> new NotFoundException("Expense request", id));
    }

    /** Fails with 403 unless the viewer raised the request. */
    static void requireRequester(ExpenseRequest request, String userId) {
        if (!request.getRequesterId().equals(userId)) {
            throw new AccessDeniedException(userId + " did not raise " + request.getRequestNumber());
        }
    }
}
