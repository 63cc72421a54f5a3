package com.relaycrm.sales.lead;

import com.relaycrm.common.Idempotency;
import com.relaycrm.common.IdempotentEntry;
import com.relaycrm.common.InvalidInputException;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A sales lead (线索) in a resource pool (资源池). */
@Entity
@Table(name = "sales_lead")
public class Lead implements Idempotency.Keyed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String company;
    @Enumerated(EnumType.STRING)
    private LeadSource source;
    private String phone;
    private String email;
    private String departmentCode;
    private String regionCode;
    private String note;
    @Enumerated(EnumType.STRING)
    private LeadStatus status;
    @Enumerated(EnumType.STRING)
    private LeadPool pool;
    private String ownerId;
    private Long duplicateOfId;
    private Instant followUpDueAt;
    private Instant lastActivityAt;
    private int recycleCount;
    private String closedReason;
    private Long customerId;
    private Long contactId;
    private Long opportunityId;
    private String processInstanceId;
    private String createdBy;
    private Instant createdAt;
    /** The client's Idempotency-Key it was created under (unique per createdBy) and its request's digest. */
    @Embedded
    private IdempotentEntry idempotentEntry;

    protected Lead() {
    }

    Lead(String name, String company, LeadSource source, String phone, String email, String departmentCode,
         String regionCode, String note, String createdBy) {
        this.name = name;
        this.company = company;
        this.source = source;
        this.phone = phone;
        this.email = email;
        this.departmentCode = departmentCode;
        this.regionCode = regionCode;
        this.note = note;
        this.createdBy = createdBy;
        this.status = LeadStatus.NEW;
        this.pool = LeadPool.DEPARTMENT;
        this.createdAt = Instant.now();
        this.lastActivityAt = createdAt;
    }

    /** Entered under the client's Idempotency-Key for this request (its digest): a retry answers this lead. */
    void enteredUnder(String idempotencyKey, String requestDigest) {
        this.idempotentEntry = new IdempotentEntry(idempotencyKey, requestDigest);
    }

    @Override
    public IdempotentEntry idempotentEntry() {
        return idempotentEntry;
    }

    void markDuplicateOf(Long otherId) {
        this.duplicateOfId = otherId;
    }

    /** Binds the lifecycle process; a lead has one, and a second process is refused. */
    void attachProcess(String processInstanceId) {
        if (this.processInstanceId != null && !this.processInstanceId.equals(processInstanceId)) {
            throw new InvalidInputException("leadId", "lead " + id + " already has its lifecycle process");
        }
        this.processInstanceId = processInstanceId;
    }

    void assignTo(String userId, Instant dueAt) {
        this.ownerId = userId;
        this.pool = LeadPool.PERSONAL;
        this.status = LeadStatus.ASSIGNED;
        this.followUpDueAt = dueAt;
        this.lastActivityAt = Instant.now();
    }

    void followedUp(Instant nextDueAt) {
        this.followUpDueAt = nextDueAt;
        this.lastActivityAt = Instant.now();
    }

    void toPool(LeadPool target) {
        if (pool == LeadPool.PERSONAL) {
            recycleCount++;
        }
        this.ownerId = null;
        this.pool = target;
        this.status = LeadStatus.IN_POOL;
        this.followUpDueAt = null;
    }

    void converted(Long customerId, Long contactId, Long opportunityId) {
        this.customerId = customerId;
        this.contactId = contactId;
        this.opportunityId = opportunityId;
        this.status = LeadStatus.CONVERTED;
        this.lastActivityAt = Instant.now();
    }

    void closedInvalid(String reason) {
        this.closedReason = reason;
        this.status = LeadStatus.INVALID;
        this.lastActivityAt = Instant.now();
    }

    public boolean isHeld() {
        return pool == LeadPool.PERSONAL && status == LeadStatus.ASSIGNED && ownerId != null;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getCompany() { return company; }
    public LeadSource getSource() { return source; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getDepartmentCode() { return departmentCode; }
    public String getRegionCode() { return regionCode; }
    public String getNote() { return note; }
    public LeadStatus getStatus() { return status; }
    public LeadPool getPool() { return pool; }
    public String getOwnerId() { return ownerId; }
    public Long getDuplicateOfId() { return duplicateOfId; }
    public boolean isDuplicate() { return duplicateOfId != null; }
    public Instant getFollowUpDueAt() { return followUpDueAt; }
    public Instant getLastActivityAt() { return lastActivityAt; }
    public int getRecycleCount() { return recycleCount; }
    public String getClosedReason() { return closedReason; }
    public Long getCustomerId() { return customerId; }
    public Long getContactId() { return contactId; }
    public Long getOpportunityId() { return opportunityId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
