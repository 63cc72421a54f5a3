package com.relaycrm.sales.lead;

import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.NotFoundException;
import com.relaycrm.common.TextChecks;
import com.relaycrm.organisation.Groups;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.CurrentActor;
import com.relaycrm.sales.capacity.CapacityService;
import com.relaycrm.sales.capacity.ResourceType;
import com.relaycrm.sales.lead.internal.LeadActivityRepository;
import com.relaycrm.sales.lead.internal.LeadReminderMail;
import com.relaycrm.sales.lead.internal.LeadRepository;
import com.relaycrm.sales.lead.internal.LeadRules;
import com.relaycrm.sales.lead.process.LeadProcess;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves leads between the resource pools (资源池) for the lead-lifecycle process: assignment by rule within each
 * rep's maximum, manual assignment, claims from the public pool, recycling, and closing. A lead held by a rep
 * counts against that rep's maximum of leads until it is recycled, converted or closed.
 *
 * <p>Every step works on the lead bound to its process ({@link #ofProcess}) and re-checks who acts and whether the
 * lead's state allows the step: only the holder follows up, converts or closes a held lead; sales managers assign,
 * release or close a lead in the department pool; only a registered rep claims from the public pool. The actor
 * {@value CurrentActor#SYSTEM} is the application itself (timers, the services' own calls).
 */
@Component
@Transactional
public class LeadPools {

    private final LeadRepository leads;
    private final LeadActivityRepository activities;
    private final CapacityService capacity;
    private final LeadRules rules;
    private final LeadReminderMail reminderMail;
    private final OrganisationService organisation;
    private final jakarta.persistence.EntityManager entityManager;

    /** The lead's earlier follow-ups, oldest first, one per line ("2026-12-06 sales1: Called, wants a demo"). */
    public String followUpsSoFar(long leadId) {
        return activities.findByLeadIdOrderById(leadId).stream()
                .filter(activity -> activity.getKind() == ActivityKind.FOLLOW_UP)
                .map(activity -> activity.getOccurredAt().toString().substring(0, 10) + " " + activity.getActor()
                        + ": " + (activity.getNote() == null ? "" : activity.getNote()))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    public LeadPools(LeadRepository leads, LeadActivityRepository activities, CapacityService capacity, LeadRules rules,
              LeadReminderMail reminderMail, OrganisationService organisation,
              jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
        this.reminderMail = reminderMail;
        this.organisation = organisation;
        this.leads = leads;
        this.activities = activities;
        this.capacity = capacity;
        this.rules = rules;
    }

    /** Lengths of sales_lead.closed_reason and lead_activity.note (V4__sales.sql). */
    static final int CLOSED_REASON_LENGTH = 1000;
    static final int NOTE_LENGTH = 4000;

    /**
     * The lead a lifecycle process works on: the one whose record names this process instance, never an id from
     * the process's variables (which a user can write).
     */
    public long ofProcess(String processInstanceId) {
        return leads.findByProcessInstanceId(processInstanceId).map(Lead::getId).orElseThrow(() ->
                new InvalidInputException(LeadProcess.Data.LEAD_ID, "this process is not the lifecycle of any lead"));
    }

    /**
     * The first step of a lifecycle process: binds it to the lead it was started for, which must have no process
     * yet ({@link LeadService} stores the lead and starts its process in one transaction). A process started for
     * a lead that already has one is refused.
     */
    public long bindProcess(String processInstanceId, Long startedFor) {
        return leads.findByProcessInstanceId(processInstanceId).map(Lead::getId).orElseGet(() -> {
            if (startedFor == null) {
                throw new InvalidInputException(LeadProcess.Data.LEAD_ID, "is required");
            }
            Lead lead = leads.lockById(startedFor).orElseThrow(() ->
                    new InvalidInputException(LeadProcess.Data.LEAD_ID, "no lead " + startedFor));
            lead.attachProcess(processInstanceId);
            return lead.getId();
        });
    }

    /** The assignment rule: the least-loaded rep of the lead's department, then region, with a free place. */
    public Optional<String> assignByRule(long leadId) {
        Lead lead = lock(leadId);
        if (lead.getStatus() != LeadStatus.NEW) {
            throw new InvalidInputException("leadId", "lead " + leadId + " was assigned already");
        }
        Optional<String> rep = capacity.takeFirstWithRoom(capacity.candidates(lead.getDepartmentCode(),
                lead.getRegionCode()), ResourceType.LEAD);
        if (rep.isPresent()) {
            lead.assignTo(rep.get(), rules.followUpTimes(lead.getSource(), Instant.now()).followUpDueAt());
            record(lead, ActivityKind.ASSIGNED, "Assigned by rule to " + rep.get(), CurrentActor.SYSTEM);
            return rep;
        }
        lead.toPool(LeadPool.DEPARTMENT);
        record(lead, ActivityKind.RECYCLED, "No rep of " + lead.getDepartmentCode() + " has a free place: department pool",
                CurrentActor.SYSTEM);
        return Optional.empty();
    }

    /** A manager gives a pooled lead to a rep, within the rep's maximum. */
    public void assign(long leadId, String userId, String actor) {
        requireManager(actor, "assign leads");
        Lead lead = lock(leadId);
        requireInDepartmentPool(lead);
        if (userId == null || !capacity.isRep(userId)) {
            throw new InvalidInputException("assignTo", "'" + userId + "' is not a registered sales rep",
                    "'" + userId + "' 不是已登记的销售代表");
        }
        capacity.take("assignTo", userId, ResourceType.LEAD);
        lead.assignTo(userId, times(lead).followUpDueAt());
        record(lead, ActivityKind.ASSIGNED, "Assigned by " + actor + " to " + userId, actor);
    }

    /** A rep takes a lead from the public pool, within their maximum. */
    public void claim(long leadId, String userId) {
        if (!capacity.isRep(userId)) {
            throw new AccessDeniedException(userId + " is not a registered sales rep and may not claim leads");
        }
        Lead lead = lock(leadId);
        if (lead.getPool() != LeadPool.PUBLIC || lead.getStatus() != LeadStatus.IN_POOL) {
            throw new InvalidInputException("leadId", "lead " + leadId + " is not in the public pool");
        }
        capacity.take("leadId", userId, ResourceType.LEAD);
        lead.assignTo(userId, times(lead).followUpDueAt());
        record(lead, ActivityKind.CLAIMED, "Claimed from the public pool", userId);
    }

    /** A follow-up activity; the rep has a new follow-up period from now. */
    public LeadTimes followedUp(long leadId, String note, String actor) {
        String text = TextChecks.atMost("activityNote", "The follow-up note", note, NOTE_LENGTH);
        if (text == null) {
            throw new InvalidInputException("activityNote", "is required", "必填");
        }
        Lead lead = lock(leadId);
        requireHolder(lead, actor, "follow it up");
        LeadTimes times = times(lead);
        lead.followedUp(times.followUpDueAt());
        record(lead, ActivityKind.FOLLOW_UP, text, actor);
        return times;
    }

    public LeadTimes times(Lead lead) {
        return rules.followUpTimes(lead.getSource(), Instant.now());
    }

    public Instant departmentPoolDue(long leadId) {
        return rules.departmentPoolDue(lead(leadId).getSource(), Instant.now());
    }

    public void reminded(long leadId) {
        Lead lead = lead(leadId);
        boolean emailed = reminderMail.remind(lead);
        record(lead, ActivityKind.REMINDER, "Follow-up due at " + lead.getFollowUpDueAt()
                + (emailed ? "; " + lead.getOwnerId() + " emailed" : ""), CurrentActor.SYSTEM);
    }

    /**
     * Back to the department pool (overdue, or a manager's decision); the rep's place is freed. {@code actor} is who
     * runs the step; when that is the application (a timer, or a manager's recycle the service correlated),
     * {@code requestedBy} names the manager to record, and is ignored unless they are one.
     */
    public void recycle(long leadId, String reason, String actor, String requestedBy) {
        requireManager(actor, "recycle leads");
        String by = CurrentActor.SYSTEM.equals(actor) && requestedBy != null && isManager(requestedBy) ? requestedBy : actor;
        String text = TextChecks.atMost("recycleReason", "The reason for recycling", reason, NOTE_LENGTH);
        Lead lead = lock(leadId);
        if (!lead.isHeld()) {
            if (lead.getPool() == LeadPool.DEPARTMENT && lead.getStatus() == LeadStatus.IN_POOL) {
                return; // already recycled by the sweep (LeadRecyclingSweep)
            }
            throw new InvalidInputException("leadId", "lead " + leadId + " is not held by a rep");
        }
        release(lead);
        lead.toPool(LeadPool.DEPARTMENT);
        record(lead, ActivityKind.RECYCLED, text == null ? "Recycled by " + by : text, by);
    }

    public void toPublicPool(long leadId, String actor) {
        requireManager(actor, "release leads to the public pool");
        Lead lead = lock(leadId);
        requireInDepartmentPool(lead);
        release(lead);
        lead.toPool(LeadPool.PUBLIC);
        record(lead, ActivityKind.MOVED_TO_PUBLIC, "Moved to the public pool", actor);
    }

    /** Closes a lead as invalid: a held lead by its holder, a lead in the department pool by a sales manager. */
    public void closeInvalid(long leadId, String reason, String actor) {
        String why = TextChecks.atMost("invalidReason", "The reason for closing the lead as invalid", reason,
                CLOSED_REASON_LENGTH);
        if (why == null) {
            throw new InvalidInputException("invalidReason", "is required to close a lead as invalid", "关闭为无效线索时必填");
        }
        Lead lead = lock(leadId);
        if (lead.isHeld()) {
            requireHolder(lead, actor, "close it");
        } else {
            requireInDepartmentPool(lead);
            requireManager(actor, "close leads in the department pool");
        }
        release(lead);
        lead.closedInvalid(why);
        record(lead, ActivityKind.CLOSED, why, actor);
    }

    /** Only the rep holding the lead acts on it while they hold it. */
    public void requireHolder(Lead lead, String actor, String action) {
        if (!lead.isHeld()) {
            throw new InvalidInputException("leadId", "lead " + lead.getId() + " is not held by a rep any more");
        }
        if (!lead.getOwnerId().equals(actor)) {
            throw new AccessDeniedException(actor + " does not hold lead " + lead.getId() + " and may not " + action);
        }
    }

    private void requireManager(String actor, String action) {
        if (!CurrentActor.SYSTEM.equals(actor) && !isManager(actor)) {
            throw new AccessDeniedException(actor + " is not a sales manager and may not " + action);
        }
    }

    private boolean isManager(String userId) {
        return organisation.isMember(userId, Groups.SALES_MANAGER) || organisation.isMember(userId, Groups.ADMIN);
    }

    private static void requireInDepartmentPool(Lead lead) {
        if (lead.getPool() != LeadPool.DEPARTMENT || lead.getStatus() != LeadStatus.IN_POOL) {
            throw new InvalidInputException("leadId", "lead " + lead.getId() + " is not waiting in the department pool");
        }
    }

    /** Frees the owner's place when the lead leaves their hands. */
    public void release(Lead lead) {
        if (lead.isHeld()) {
            capacity.giveBack(lead.getOwnerId(), ResourceType.LEAD);
        }
    }

    public Lead lead(long leadId) {
        return leads.findById(leadId).orElseThrow(() -> new NotFoundException("Lead", leadId));
    }

    /**
     * The lead, its row locked for this transaction, with the state committed when the lock was granted: a lead this
     * transaction read before (e.g. by {@link #ofProcess}) is refreshed, since a locking query hands back the object
     * already loaded without its new state. Without it a lead the recycling sweep recycled while a timer waited for
     * the lock was recycled again (two RECYCLED entries, the rep's place given back twice), as the two-node cluster
     * test found.
     */
    public Lead lock(long leadId) {
        Lead lead = leads.lockById(leadId).orElseThrow(() -> new NotFoundException("Lead", leadId));
        entityManager.refresh(lead);
        return lead;
    }

    public void record(Lead lead, ActivityKind kind, String note, String actor) {
        activities.save(new LeadActivity(lead.getId(), kind, note, actor));
    }
}
