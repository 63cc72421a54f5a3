package com.relaycrm.sales.lead;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.NotFoundException;
import com.relaycrm.process.CurrentActor;
import com.relaycrm.sales.capacity.CapacityService;
import com.relaycrm.sales.capacity.ResourceType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves leads between the resource pools (资源池) for the lead-lifecycle process: assignment by rule within each
 * rep's maximum, manual assignment, claims from the public pool, recycling, and closing. A lead held by a rep
 * counts against that rep's maximum of leads until it is recycled, converted or closed.
 */
@Component
@Transactional
class LeadPools {

    private final LeadRepository leads;
    private final LeadActivityRepository activities;
    private final CapacityService capacity;
    private final LeadRules rules;
    private final LeadReminderMail reminderMail;

    LeadPools(LeadRepository leads, LeadActivityRepository activities, CapacityService capacity, LeadRules rules,
              LeadReminderMail reminderMail) {
        this.reminderMail = reminderMail;
        this.leads = leads;
        this.activities = activities;
        this.capacity = capacity;
        this.rules = rules;
    }

    /** The assignment rule: the least-loaded rep of the lead's department, then region, with a free place. */
    Optional<String> assignByRule(long leadId) {
        Lead lead = lock(leadId);
        for (String rep : capacity.candidates(lead.getDepartmentCode(), lead.getRegionCode())) {
            if (capacity.tryTake(rep, ResourceType.LEAD)) {
                lead.assignTo(rep, rules.followUpTimes(lead.getSource(), Instant.now()).followUpDueAt());
                record(lead, ActivityKind.ASSIGNED, "Assigned by rule to " + rep, CurrentActor.SYSTEM);
                return Optional.of(rep);
            }
        }
        lead.toPool(LeadPool.DEPARTMENT);
        record(lead, ActivityKind.RECYCLED, "No rep of " + lead.getDepartmentCode() + " has a free place: department pool",
                CurrentActor.SYSTEM);
        return Optional.empty();
    }

    /** A manager gives a pooled lead to a rep, within the rep's maximum. */
    void assign(long leadId, String userId, String actor) {
        Lead lead = lock(leadId);
        if (lead.getPool() == LeadPool.PERSONAL || !lead.getStatus().isOpen()) {
            throw new InvalidInputException("leadId", "lead " + leadId + " is not waiting in a pool");
        }
        if (userId == null || !capacity.isRep(userId)) {
            throw new InvalidInputException("assignTo", "'" + userId + "' is not a registered sales rep");
        }
        capacity.take("assignTo", userId, ResourceType.LEAD);
        lead.assignTo(userId, times(lead).followUpDueAt());
        record(lead, ActivityKind.ASSIGNED, "Assigned by " + actor + " to " + userId, actor);
    }

    /** A rep takes a lead from the public pool, within their maximum. */
    void claim(long leadId, String userId) {
        Lead lead = lock(leadId);
        if (lead.getPool() != LeadPool.PUBLIC || lead.getStatus() != LeadStatus.IN_POOL) {
            throw new InvalidInputException("leadId", "lead " + leadId + " is not in the public pool");
        }
        capacity.take("leadId", userId, ResourceType.LEAD);
        lead.assignTo(userId, times(lead).followUpDueAt());
        record(lead, ActivityKind.CLAIMED, "Claimed from the public pool", userId);
    }

    /** A follow-up activity; the rep has a new follow-up period from now. */
    LeadTimes followedUp(long leadId, String note, String actor) {
        Lead lead = lock(leadId);
        LeadTimes times = times(lead);
        lead.followedUp(times.followUpDueAt());
        record(lead, ActivityKind.FOLLOW_UP, note, actor);
        return times;
    }

    LeadTimes times(Lead lead) {
        return rules.followUpTimes(lead.getSource(), Instant.now());
    }

    Instant departmentPoolDue(long leadId) {
        return rules.departmentPoolDue(lead(leadId).getSource(), Instant.now());
    }

    void reminded(long leadId) {
        Lead lead = lead(leadId);
        boolean emailed = reminderMail.remind(lead);
        record(lead, ActivityKind.REMINDER, "Follow-up due at " + lead.getFollowUpDueAt()
                + (emailed ? "; " + lead.getOwnerId() + " emailed" : ""), CurrentActor.SYSTEM);
    }

    /** Back to the department pool (overdue, or a manager's decision); the rep's place is freed. */
    void recycle(long leadId, String reason, String actor) {
        Lead lead = lock(leadId);
        if (!lead.isHeld() && lead.getPool() == LeadPool.DEPARTMENT) {
            return; // already recycled by the sweep (LeadRecyclingSweep)
        }
        release(lead);
        lead.toPool(LeadPool.DEPARTMENT);
        record(lead, ActivityKind.RECYCLED, reason, actor);
    }

    void toPublicPool(long leadId, String actor) {
        Lead lead = lock(leadId);
        release(lead);
        lead.toPool(LeadPool.PUBLIC);
        record(lead, ActivityKind.MOVED_TO_PUBLIC, "Moved to the public pool", actor);
    }

    void closeInvalid(long leadId, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("invalidReason", "is required to close a lead as invalid");
        }
        Lead lead = lock(leadId);
        release(lead);
        lead.closedInvalid(reason.trim());
        record(lead, ActivityKind.CLOSED, reason.trim(), actor);
    }

    /** Frees the owner's place when the lead leaves their hands. */
    void release(Lead lead) {
        if (lead.isHeld()) {
            capacity.giveBack(lead.getOwnerId(), ResourceType.LEAD);
        }
    }

    Lead lead(long leadId) {
        return leads.findById(leadId).orElseThrow(() -> new NotFoundException("Lead", leadId));
    }

    Lead lock(long leadId) {
        return leads.lockById(leadId).orElseThrow(() -> new NotFoundException("Lead", leadId));
    }

    void record(Lead lead, ActivityKind kind, String note, String actor) {
        activities.save(new LeadActivity(lead.getId(), kind, note, actor));
    }
}
