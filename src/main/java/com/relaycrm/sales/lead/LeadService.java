package com.relaycrm.sales.lead;

import com.relaycrm.common.Idempotency;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.NotFoundException;
import com.relaycrm.common.Viewer;
import com.relaycrm.organisation.Groups;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.SystemAccess;
import com.relaycrm.sales.SalesProperties;
import com.relaycrm.sales.lead.LeadCommands.NewLead;
import com.relaycrm.sales.lead.internal.LeadActivityRepository;
import com.relaycrm.sales.lead.internal.LeadRepository;
import com.relaycrm.sales.lead.process.LeadProcess;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads (线索) for people: entering them (staff, website form, CSV import) with the duplicate check, reading them
 * under data permissions, and the managers' hand actions. Each lead runs the {@code lead-lifecycle} process, which
 * assigns, reminds, recycles and converts it.
 *
 * <p>Data permission: admin and sales managers see every lead; a sales rep sees the leads they hold and those in
 * the public pool.
 */
@Service
@Transactional
public class LeadService {

    static final String[] ENTER = {Groups.ADMIN, Groups.SALES, Groups.SALES_MANAGER};
    static final String[] MANAGE = {Groups.ADMIN, Groups.SALES_MANAGER};
    public static final String WEB_FORM_USER = "website";

    private final LeadRepository leads;
    private final LeadActivityRepository activities;
    private final LeadPools pools;
    private final OrganisationService organisation;
    private final SalesProperties properties;
    private final SystemAccess systemAccess;
    private final LeadProcess process;
    private final Idempotency idempotency;

    LeadService(LeadRepository leads, LeadActivityRepository activities, LeadPools pools,
                OrganisationService organisation, SalesProperties properties, SystemAccess systemAccess,
                LeadProcess process, Idempotency idempotency) {
        this.process = process;
        this.idempotency = idempotency;
        this.leads = leads;
        this.activities = activities;
        this.pools = pools;
        this.organisation = organisation;
        this.properties = properties;
        this.systemAccess = systemAccess;
    }

    /** A lead entered by staff (REST or import). */
    public Lead create(NewLead command, Viewer viewer) {
        viewer.requireAny("enter leads", ENTER);
        return enter(command, command.source() == null ? LeadSource.OTHER : command.source(), viewer.userId());
    }

    /**
     * A lead entered by staff over REST under the client's {@code Idempotency-Key} ({@link Idempotency}): a retry with
     * the same key and command answers the lead entered first and enters nothing; the same key with another command
     * is refused. Without a key: as {@link #create(NewLead, Viewer)}, in a transaction of its own.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Idempotency.Entry<Lead> create(NewLead command, Viewer viewer, String idempotencyKey) {
        viewer.requireAny("enter leads", ENTER);
        LeadSource source = command.source() == null ? LeadSource.OTHER : command.source();
        return idempotency.create(idempotencyKey, command, "lead",
                () -> leads.findByCreatedByAndIdempotentEntryIdempotencyKey(viewer.userId(), idempotencyKey),
                digest -> enter(command, source, viewer.userId(), idempotencyKey, digest));
    }

    /** A lead from the public website form: no user, source WEB_FORM, the default department. */
    public Lead fromWebsite(LeadCommands.WebLead form) {
        if (blank(form.phone()) && blank(form.email())) {
            throw new InvalidInputException("email", "give an email address or a phone number");
        }
        return systemAccess.call(() -> enter(new NewLead(form.name(), form.company(), LeadSource.WEB_FORM, form.phone(),
                form.email(), null, null, form.message()), LeadSource.WEB_FORM, WEB_FORM_USER));
    }

    /** Stores the lead, flags a duplicate by phone or email, and starts its lifecycle process. */
    Lead enter(NewLead command, LeadSource source, String userId) {
        return enter(command, source, userId, null, null);
    }

    private Lead enter(NewLead command, LeadSource source, String userId, String idempotencyKey, String digest) {
        String department = blank(command.departmentCode()) ? properties.defaultDepartment() : command.departmentCode().trim();
        if (!organisation.departmentExists(department)) {
            throw new InvalidInputException("departmentCode", "no department " + department);
        }
        String region = blank(command.regionCode()) ? null : command.regionCode().trim();
        if (region != null && !organisation.regionExists(region)) {
            throw new InvalidInputException("regionCode", "no region " + region);
        }
        Lead entered = new Lead(command.name().trim(), trim(command.company()), source,
                normalisePhone(command.phone()), trim(command.email()), department, region, trim(command.note()), userId);
        if (idempotencyKey != null) {
            entered.enteredUnder(idempotencyKey, digest);
        }
        // the insert (under a key already taken by a transaction not yet committed: waits for it) comes first, before
        // the activity and the process: a lost race on the key enters nothing else
        Lead lead = leads.saveAndFlush(entered);
        duplicateOf(lead).ifPresent(other -> lead.markDuplicateOf(other.getId()));
        pools.record(lead, ActivityKind.CREATED, lead.isDuplicate()
                ? "Possible duplicate of lead " + lead.getDuplicateOfId() : "Entered (" + source + ")", userId);
        lead.attachProcess(process.start(lead));
        return lead;
    }

    private java.util.Optional<Lead> duplicateOf(Lead lead) {
        if (lead.getPhone() != null) {
            var byPhone = leads.findFirstByPhoneAndIdNotOrderById(lead.getPhone(), lead.getId());
            if (byPhone.isPresent()) {
                return byPhone;
            }
        }
        return lead.getEmail() == null ? java.util.Optional.empty()
                : leads.findFirstByEmailIgnoreCaseAndIdNotOrderById(lead.getEmail(), lead.getId());
    }

    @Transactional(readOnly = true)
    public Lead lead(long id, Viewer viewer) {
        Lead lead = leads.findById(id).orElseThrow(() -> new NotFoundException("Lead", id));
        if (viewer.inAny(MANAGE) || viewer.inAny(Groups.SALES) && (viewer.userId().equals(lead.getOwnerId())
                || lead.getPool() == LeadPool.PUBLIC && lead.getStatus() == LeadStatus.IN_POOL)) {
            return lead;
        }
        throw new NotFoundException("Lead", id);
    }

    @Transactional(readOnly = true)
    public Page<Lead> visibleTo(Viewer viewer, LeadPool pool, Pageable page) {
        viewer.requireAny("list leads", ENTER);
        if (pool == LeadPool.PUBLIC) {
            return leads.findByPoolAndStatusOrderByIdDesc(LeadPool.PUBLIC, LeadStatus.IN_POOL, page);
        }
        if (viewer.inAny(MANAGE)) {
            return pool == null ? leads.findAllByOrderByIdDesc(page)
                    : leads.findByPoolAndStatusOrderByIdDesc(pool, LeadStatus.IN_POOL, page);
        }
        return leads.findByOwnerIdOrderByIdDesc(viewer.userId(), page);
    }

    @Transactional(readOnly = true)
    public List<LeadActivity> activities(long id, Viewer viewer) {
        return activities.findByLeadIdOrderById(lead(id, viewer).getId());
    }

    /** A follow-up activity (call, visit, mail) by the rep holding the lead; it restarts the follow-up period. */
    public LeadActivity followUp(long id, String note, Viewer viewer) {
        Lead lead = lead(id, viewer);
        if (!viewer.userId().equals(lead.getOwnerId()) || !lead.isHeld()) {
            throw new InvalidInputException("leadId", "only the rep holding lead " + id + " records follow-ups");
        }
        LeadTimes times = pools.followedUp(id, note.trim(), viewer.userId());
        process.followedUp(lead.getProcessInstanceId(), times);
        List<LeadActivity> all = activities.findByLeadIdOrderById(id);
        return all.get(all.size() - 1);
    }

    /** A manager takes a held lead back to the department pool (the process's recycle message). */
    public void recycle(long id, String reason, Viewer viewer) {
        viewer.requireAny("recycle leads", MANAGE);
        Lead lead = lead(id, viewer);
        if (!lead.isHeld()) {
            throw new InvalidInputException("leadId", "lead " + id + " is not held by a rep");
        }
        process.requestRecycle(id, viewer.userId(), blank(reason) ? "Recycled by " + viewer.userId() : reason.trim());
    }

    /** A manager assigns a lead waiting in the department pool: completes the pool task for them. */
    public Lead assign(long id, String userId, Viewer viewer) {
        viewer.requireAny("assign leads", MANAGE);
        Lead lead = lead(id, viewer);
        if (!process.assignFromDepartmentPool(lead.getProcessInstanceId(), viewer.userId(), userId)) {
            throw new InvalidInputException("leadId", "lead " + id + " is not waiting in the department pool");
        }
        return leads.findById(id).orElseThrow();
    }

    static String normalisePhone(String phone) {
        if (blank(phone)) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : digits;
    }

    private static String trim(String value) {
        return blank(value) ? null : value.trim();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
