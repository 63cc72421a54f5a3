package com.relaycrm.sales.opportunity;

import com.relaycrm.common.Idempotency;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.NotFoundException;
import com.relaycrm.common.TextChecks;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.organisation.Groups;
import com.relaycrm.sales.capacity.CapacityService;
import com.relaycrm.sales.capacity.ResourceType;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewOpportunity;
import com.relaycrm.sales.opportunity.internal.FunnelCell;
import com.relaycrm.sales.opportunity.internal.FunnelCells;
import com.relaycrm.sales.opportunity.internal.OpportunityRepository;
import com.relaycrm.sales.opportunity.internal.OpportunityStages;
import com.relaycrm.sales.opportunity.internal.StageChangeRepository;
import com.relaycrm.sales.opportunity.process.OpportunityProcess;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opportunities (销售机会) and their stage promotion ({@code processes/opportunity.bpmn}). An open opportunity
 * counts against its owner's maximum of opportunities. Data permission: admin and sales managers see all, a rep
 * the ones they own.
 */
@Service
@Transactional
public class OpportunityService {

    static final String[] SEE_ALL = {Groups.ADMIN, Groups.SALES_MANAGER};
    static final String[] WORK = {Groups.ADMIN, Groups.SALES, Groups.SALES_MANAGER};
    /** Lengths of opportunity.failure_reason and opportunity_stage_change.note (V4__sales.sql). */
    static final int FAILURE_REASON_LENGTH = 1000;
    static final int NOTE_LENGTH = 4000;

    private final OpportunityRepository opportunities;
    private final StageChangeRepository changes;
    private final CustomerService customers;
    private final CapacityService capacity;
    private final OpportunityStages stages;
    private final OpportunityProcess process;
    private final FunnelCells funnelCells;
    private final Idempotency idempotency;

    OpportunityService(OpportunityRepository opportunities, StageChangeRepository changes, CustomerService customers,
                       CapacityService capacity, OpportunityStages stages, OpportunityProcess process,
                       FunnelCells funnelCells, Idempotency idempotency) {
        this.idempotency = idempotency;
        this.process = process;
        this.funnelCells = funnelCells;
        this.opportunities = opportunities;
        this.changes = changes;
        this.customers = customers;
        this.capacity = capacity;
        this.stages = stages;
    }

    /** Opens an opportunity owned by the viewer, within their maximum, and starts its stage process. */
    public Opportunity open(NewOpportunity command, Viewer viewer) {
        viewer.requireAny("open opportunities", WORK);
        return open(command, viewer, null, null, null);
    }

    /**
     * Opens an opportunity from the API under the client's {@code Idempotency-Key} ({@link Idempotency}): a retry
     * with the same key and command answers the opportunity opened first and opens nothing (no second capacity
     * place, no second process); the same key with another command is refused. Without a key: as
     * {@link #open(NewOpportunity, Viewer)}, in a transaction of its own.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Idempotency.Entry<Opportunity> open(NewOpportunity command, Viewer viewer, String idempotencyKey) {
        viewer.requireAny("open opportunities", WORK);
        return idempotency.create(idempotencyKey, command, "opportunity",
                () -> opportunities.findByCreatedByAndIdempotentEntryIdempotencyKey(viewer.userId(), idempotencyKey),
                digest -> open(command, viewer, null, idempotencyKey, digest));
    }

    /** Opens an opportunity for a converted lead, owned by the lead's rep ({@code viewer}). */
    public Opportunity openFromLead(NewOpportunity command, Viewer viewer, long leadId) {
        return open(command, viewer, leadId, null, null);
    }

    private Opportunity open(NewOpportunity command, Viewer viewer, Long leadId, String idempotencyKey,
                             String digest) {
        Customer customer;
        try {
            customer = customers.get(command.customerId(), viewer);
        } catch (NotFoundException e) {
            throw new InvalidInputException("customerId", "no customer " + command.customerId());
        }
        if (command.amount() == null || command.amount().signum() < 0) {
            throw new InvalidInputException("amount", "must be zero or more");
        }
        // the capacity place before the key's index: every retry takes the rep's row first, so none waits on the
        // key while holding the row another waits on; the retry that loses on the key rolls its place back
        capacity.take("ownerId", viewer.userId(), ResourceType.OPPORTUNITY);
        Opportunity entered = new Opportunity(command.name().trim(), customer.getId(), viewer.userId(),
                customer.getDepartmentCode(), command.amount(), command.expectedCloseOn(), leadId);
        if (idempotencyKey != null) {
            entered.enteredUnder(idempotencyKey, digest);
        }
        Opportunity opportunity = opportunities.saveAndFlush(entered);
        opportunity.attachProcess(process.start(opportunity, customer.getName()));
        return opportunity;
    }

    @Transactional(readOnly = true)
    public Opportunity opportunity(long id, Viewer viewer) {
        Opportunity opportunity = get(id);
        if (viewer.inAny(SEE_ALL) || viewer.inAny(Groups.SALES) && viewer.userId().equals(opportunity.getOwnerId())) {
            return opportunity;
        }
        throw new NotFoundException("Opportunity", id);
    }

    @Transactional(readOnly = true)
    public Page<Opportunity> visibleTo(Viewer viewer, Pageable page) {
        viewer.requireAny("list opportunities", WORK);
        return viewer.inAny(SEE_ALL) ? opportunities.findAllByOrderByIdDesc(page)
                : opportunities.findByOwnerIdOrderByIdDesc(viewer.userId(), page);
    }

    /** The funnel's cells the viewer may see, for expected-close dates in the period (no period: all). */
    @Transactional(readOnly = true)
    List<FunnelCell> funnelCells(Viewer viewer, FunnelService.GroupBy by, java.time.LocalDate from,
                                 java.time.LocalDate to) {
        viewer.requireAny("list opportunities", WORK);
        String owner = viewer.inAny(SEE_ALL) ? null : viewer.userId();
        if (from == null && to == null) {
            return funnelCells.cells(by, owner, null, null);
        }
        return funnelCells.cells(by, owner, from == null ? java.time.LocalDate.of(1, 1, 1) : from,
                to == null ? java.time.LocalDate.of(9999, 12, 31) : to);
    }

    @Transactional(readOnly = true)
    public List<StageChange> history(long id, Viewer viewer) {
        return changes.findByOpportunityIdOrderById(opportunity(id, viewer).getId());
    }

    // ---- recycling (回收) of opportunities nobody touched ----

    /**
     * Open opportunities untouched since the cutoff that wait for their owner's promotion: the owner's place is
     * freed and the promotion task goes to the sales managers, who hand it to a rep; that rep adopts the
     * opportunity when they act on it. Returns how many were recycled.
     */
    public int recycleUntouched(java.time.Instant cutoff) {
        int recycled = 0;
        for (Opportunity opportunity : opportunities.findByStatusAndLastActivityAtBefore(OpportunityStatus.OPEN, cutoff)) {
            java.util.Optional<String> task = process.promotionTask(opportunity.getProcessInstanceId());
            if (task.isEmpty() || opportunity.isRecycled()) {
                continue;
            }
            capacity.giveBack(opportunity.getOwnerId(), ResourceType.OPPORTUNITY);
            changes.save(new StageChange(opportunity.getId(), opportunity.getStage(), opportunity.getStage(),
                    "Recycled: untouched since " + opportunity.getLastActivityAt() + ", taken from "
                            + opportunity.getOwnerId(), com.relaycrm.process.CurrentActor.SYSTEM));
            opportunity.recycled();
            process.handToSalesManagers(task.get());
            recycled++;
        }
        return recycled;
    }

    /** Customers with opportunity activity (including orders won) since the time. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> customersWithActivitySince(java.time.Instant since) {
        return opportunities.customersWithActivitySince(since);
    }

    // ---- for the stage process's steps (opportunity.process); not for other modules ----

    /** A recycled opportunity becomes the acting rep's, within their maximum. */
    void adopt(long id, String userId) {
        Opportunity opportunity = get(id);
        capacity.take("promotion", userId, ResourceType.OPPORTUNITY);
        opportunity.adoptedBy(userId);
    }

    Opportunity get(long id) {
        return opportunities.findById(id).orElseThrow(() -> new NotFoundException("Opportunity", id));
    }

    /**
     * The opportunity a stage process works on: the one whose record names this process instance, never an id from
     * the process's variables (which a user can write).
     */
    public Opportunity ofProcess(String processInstanceId) {
        return opportunities.findByProcessInstanceId(processInstanceId).orElseThrow(() -> new InvalidInputException(
                OpportunityProcess.Data.OPPORTUNITY_ID, "this process is not the stage process of any opportunity"));
    }

    /**
     * The first step of a stage process: binds it to the opportunity it was started for, which must have no stage
     * process yet ({@link #open} opens the record and starts its process in one transaction). A process started
     * for an opportunity that already has one is refused.
     */
    public Opportunity bindProcess(String processInstanceId, Long startedFor) {
        return opportunities.findByProcessInstanceId(processInstanceId).orElseGet(() -> {
            if (startedFor == null) {
                throw new InvalidInputException(OpportunityProcess.Data.OPPORTUNITY_ID, "is required");
            }
            Opportunity opportunity = opportunities.findById(startedFor).orElseThrow(() -> new InvalidInputException(
                    OpportunityProcess.Data.OPPORTUNITY_ID, "no opportunity " + startedFor));
            opportunity.attachProcess(processInstanceId);
            return opportunity;
        });
    }

    public StageDecision stageRules(Opportunity opportunity) {
        return stages.stage(opportunity.getStage());
    }

    void advance(long id, String note, String actor) {
        Opportunity opportunity = get(id);
        OpportunityStage from = opportunity.getStage();
        opportunity.moveTo(from.next());
        changes.save(new StageChange(id, from, opportunity.getStage(), note, actor));
        if (opportunity.getStage() == OpportunityStage.WON) {
            capacity.giveBack(opportunity.getOwnerId(), ResourceType.OPPORTUNITY);
        }
    }

    void fail(long id, String reason, String actor) {
        String why = TextChecks.atMost("failureReason", "The reason the project failed", reason, FAILURE_REASON_LENGTH);
        if (why == null) {
            throw new InvalidInputException("failureReason", "is required when a project fails");
        }
        Opportunity opportunity = get(id);
        opportunity.lost(why);
        changes.save(new StageChange(id, opportunity.getStage(), OpportunityStage.LOST, why, actor));
        capacity.giveBack(opportunity.getOwnerId(), ResourceType.OPPORTUNITY);
    }

    void sleep(long id, LocalDate until, String note, String actor) {
        if (until == null || !until.isAfter(LocalDate.now())) {
            throw new InvalidInputException("wakeUpOn", "must be a date after today");
        }
        Opportunity opportunity = get(id);
        opportunity.dormant(until);
        changes.save(new StageChange(id, opportunity.getStage(), OpportunityStage.DORMANT, note, actor));
    }

    public void wakeUp(long id) {
        Opportunity opportunity = get(id);
        if (opportunity.getStatus() != OpportunityStatus.DORMANT) {
            throw new InvalidInputException("opportunityId", "opportunity " + id + " is not dormant");
        }
        opportunity.wokeUp();
        changes.save(new StageChange(id, OpportunityStage.DORMANT, opportunity.getStage(), "Woke up",
                com.relaycrm.process.CurrentActor.SYSTEM));
    }

    /** Probability of a stage from the stages table, as a fraction (0.45 for 45 %). */
    BigDecimal probability(OpportunityStage stage) {
        return stages.stage(stage).getProbabilityPercent().movePointLeft(2);
    }
}
