package com.relaycrm.expense.approval;

import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.NotFoundException;
import com.relaycrm.common.Viewer;
import com.relaycrm.expense.ExpenseCommands.NewDelegation;
import com.relaycrm.expense.ExpenseService;
import com.relaycrm.expense.process.ExpenseApprovalProcess;
import com.relaycrm.process.SystemAccess;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delegation while away (工作任务委托), on Camunda's task owner/assignee model: a delegated task keeps the delegator
 * as owner and has the substitute as assignee, so whoever decides, history shows "substitute on behalf of owner".
 * (Camunda's delegateTask/resolveTask round trip does not fit: there the owner must still complete the task.)
 * Tasks created in the window go to the substitute; tasks held already move when asked; on recall or at the end
 * of the window the substitute's unfinished delegated tasks return to the delegator. Group tasks (a level approved
 * by anyone of a group): while a member is away their substitute is a candidate of the group's open tasks, those
 * waiting when the delegation starts and those arriving in the window; when it ends the substitute stops being one,
 * and a group task the substitute took but did not finish goes back to the group. Task moves run as the system:
 * the rules above are the authorization.
 */
@Service
@Transactional
public class ApprovalDelegations {

    private static final Logger log = LoggerFactory.getLogger(ApprovalDelegations.class);

    private final ApprovalDelegationRepository delegations;
    private final ExpenseService expenses;
    private final ExpenseApprovalProcess process;
    private final SystemAccess systemAccess;

    ApprovalDelegations(ApprovalDelegationRepository delegations, ExpenseService expenses,
                        ExpenseApprovalProcess process, SystemAccess systemAccess) {
        this.delegations = delegations;
        this.expenses = expenses;
        this.process = process;
        this.systemAccess = systemAccess;
    }

    public ApprovalDelegation delegate(NewDelegation command, Viewer viewer) {
        viewer.requireAny("delegate approvals", ExpenseService.REQUESTERS);
        String substitute = command.substitute() == null ? null : command.substitute().trim();
        if (substitute == null || substitute.isEmpty() || !expenses.userExists(substitute)) {
            throw new InvalidInputException("substitute", "no user " + command.substitute(),
                    "没有用户 " + command.substitute());
        }
        if (substitute.equals(viewer.userId())) {
            throw new InvalidInputException("substitute", "cannot delegate to yourself", "不能委托给自己");
        }
        Instant now = Instant.now();
        Instant from = command.from() == null ? now : command.from().toInstant();
        if (command.until() == null || !command.until().toInstant().isAfter(from)) {
            throw new InvalidInputException("until", "must be after the start of the delegation", "必须晚于委托开始时间");
        }
        if (!command.until().toInstant().isAfter(now)) {
            throw new InvalidInputException("until", "must be in the future", "必须是将来的日期");
        }
        boolean overlaps = delegations.findByDelegatorOrderByIdDesc(viewer.userId()).stream()
                .anyMatch(d -> d.getRecalledAt() == null && d.getStartsAt().isBefore(command.until().toInstant())
                        && from.isBefore(d.getEndsAt()));
        if (overlaps) {
            throw new InvalidInputException("from", "overlaps a delegation you have already set up; recall it first");
        }
        ApprovalDelegation delegation = delegations.save(new ApprovalDelegation(viewer.userId(), substitute, from,
                command.until().toInstant()));
        if (command.moveExisting() && delegation.activeAt(now)) {
            // a request the substitute raised stays with the delegator: nobody approves their own request
            systemAccess.run(() -> process.approvalsAssignedTo(viewer.userId()).stream()
                    .filter(task -> !raisedBy(task, substitute))
                    .forEach(task -> process.delegate(task.getId(), viewer.userId(), substitute)));
        }
        if (delegation.activeAt(now)) {
            // open group approvals nobody has taken that the delegator may take: offered to one of their groups, or to
            // them by name (a group level whose requester is in the group is offered to its other members by name)
            systemAccess.run(() -> process.approvalsOfferedTo(viewer.userId()).stream()
                    .filter(task -> !isCandidateUser(task.getId(), substitute) && !raisedBy(task, substitute))
                    .forEach(task -> process.addCandidate(task.getId(), substitute)));
        }
        log.info("{} delegates approvals to {} from {} until {}", viewer.userId(), substitute, from,
                delegation.getEndsAt());
        return delegation;
    }

    /** Ends a delegation early; the substitute's unfinished delegated tasks come back at once. */
    public ApprovalDelegation recall(long id, Viewer viewer) {
        ApprovalDelegation delegation = delegations.findById(id)
                .filter(d -> d.getDelegator().equals(viewer.userId()))
                .orElseThrow(() -> new NotFoundException("Delegation", id));
        if (delegation.getRecalledAt() != null) {
            throw new AccessDeniedException("Delegation " + id + " was already recalled");
        }
        delegation.recall(Instant.now());
        giveBack(delegation);
        return delegation;
    }

    /** Recalls every delegation of the viewer not yet recalled (Tasklist's "recall my delegations"). */
    public int recallAll(Viewer viewer) {
        List<ApprovalDelegation> open = delegations.findByDelegatorOrderByIdDesc(viewer.userId()).stream()
                .filter(d -> d.getRecalledAt() == null).toList();
        open.forEach(d -> recall(d.getId(), viewer));
        return open.size();
    }

    public List<ApprovalDelegation> of(Viewer viewer) {
        return delegations.findByDelegatorOrderByIdDesc(viewer.userId());
    }

    /** Who decides for this approver now: their substitute while a delegation is active. */
    public Optional<String> substituteOf(String userId, Instant at) {
        return delegations.findActive(userId, at).stream().findFirst().map(ApprovalDelegation::getSubstitute);
    }

    /** The member of the group whose active delegation made this user a candidate, if any. */
    public Optional<String> delegatorInGroup(String substitute, String groupId, Instant at) {
        return delegations.findActiveFor(substitute, at).stream().map(ApprovalDelegation::getDelegator)
                .filter(delegator -> expenses.isMember(delegator, groupId)).findFirst();
    }

    /** Substitutes of the group's members who are away: they become candidates of the group's task. */
    public List<String> substitutesInGroup(String groupId, Instant at) {
        List<String> members = expenses.members(groupId);
        if (members.isEmpty()) {
            return List.of();
        }
        // one query for the whole group; per member the newest active delegation counts, as in substituteOf
        java.util.Map<String, String> substitutes = new java.util.HashMap<>();
        delegations.findActiveOf(members, at).forEach(d -> substitutes.putIfAbsent(d.getDelegator(), d.getSubstitute()));
        return members.stream().map(substitutes::get).filter(Objects::nonNull).distinct().toList();
    }

    /** Gives back the tasks of delegations whose window has ended; run every few minutes. */
    @Scheduled(fixedDelayString = "${relay.expense.delegation-check:PT5M}")
    @SchedulerLock(name = "approval-delegations-end-check",
            lockAtMostFor = "${relay.scheduling.approval-delegations-end-check.lock-at-most-for}",
            lockAtLeastFor = "${relay.scheduling.approval-delegations-end-check.lock-at-least-for}")
    public void returnEnded() {
        returnEnded(Instant.now());
    }

    public void returnEnded(Instant at) {
        delegations.findEndedNotReturned(at).forEach(this::giveBack);
    }

    private void giveBack(ApprovalDelegation delegation) {
        systemAccess.run(() -> process.approvalsDelegated(delegation.getDelegator(), delegation.getSubstitute())
                .forEach(task -> process.giveBack(task, delegation.getDelegator())));
        systemAccess.run(() -> releaseGroupTasks(delegation.getSubstitute()));
        delegation.returned(Instant.now());
        log.info("Delegation {} of {} to {} ended; unfinished tasks returned", delegation.getId(),
                delegation.getDelegator(), delegation.getSubstitute());
    }

    /**
     * The substitute stops being a candidate of group tasks unless another delegation still active makes them one;
     * a group task they took and did not finish returns to the group (unless they belong to the group themselves).
     */
    private void releaseGroupTasks(String substitute) {
        Instant now = Instant.now();
        process.approvalsOfferedToIncludingAssigned(substitute).forEach(task -> {
            List<IdentityLink> links = process.candidateLinks(task.getId());
            boolean named = links.stream().anyMatch(link -> substitute.equals(link.getUserId()));
            List<String> groups = links.stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
            if (!named || groups.stream().anyMatch(g -> delegatorInGroup(substitute, g, now).isPresent())) {
                return;
            }
            boolean member = groups.stream().anyMatch(g -> expenses.isMember(substitute, g));
            if (substitute.equals(task.getAssignee()) && task.getOwner() == null && !member) {
                process.unassign(task.getId());
            }
            process.removeCandidate(task.getId(), substitute);
        });
    }

    private boolean raisedBy(Task task, String userId) {
        return userId.equals(process.requesterOf(task));
    }

    private boolean isCandidateUser(String taskId, String userId) {
        return process.candidateLinks(taskId).stream().anyMatch(link -> userId.equals(link.getUserId()));
    }
}
