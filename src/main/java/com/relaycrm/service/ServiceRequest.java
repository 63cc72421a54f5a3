package com.relaycrm.service;

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
import java.time.Instant;

/**
 * A service request (服务请求): the record the {@code service-request} process works on. Its request number
 * ({@code SR-000123}) is the business key of the process instance.
 */
@Entity
public class ServiceRequest implements Idempotency.Keyed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String requestNumber;
    private Long customerId;
    private Long assetId;
    @Enumerated(EnumType.STRING)
    private RequestType requestType;
    private String subject;
    private String description;
    @Enumerated(EnumType.STRING)
    private RequestStatus status;
    private String queue;
    private Integer priority;
    private String triageRule;
    private Instant firstResponseDueAt;
    private Instant resolutionDueAt;
    private Instant firstRespondedAt;
    private Instant resolvedAt;
    private Instant closedAt;
    private String processInstanceId;
    private String createdBy;
    private Instant createdAt;
    /** The client's Idempotency-Key it was created under (unique per createdBy) and its request's digest. */
    @Embedded
    private IdempotentEntry idempotentEntry;

    protected ServiceRequest() {
    }

    ServiceRequest(Long customerId, Long assetId, RequestType requestType, String subject, String description,
                   String createdBy) {
        this.customerId = customerId;
        this.assetId = assetId;
        this.requestType = requestType;
        this.subject = subject;
        this.description = description;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.status = RequestStatus.OPEN;
    }

    /** Opened under the client's Idempotency-Key for this request (its digest): a retry answers this request. */
    void enteredUnder(String idempotencyKey, String requestDigest) {
        this.idempotentEntry = new IdempotentEntry(idempotencyKey, requestDigest);
    }

    @Override
    public IdempotentEntry idempotentEntry() {
        return idempotentEntry;
    }

    /** The request number of the request with this id: SR-000123. */
    public static String numberFor(long id) {
        return String.format("SR-%06d", id);
    }

    void assignNumber() {
        this.requestNumber = numberFor(id);
    }

    /** Binds the request's process; a request has one, and a second process is refused. */
    void attachProcess(String processInstanceId) {
        if (this.processInstanceId != null && !this.processInstanceId.equals(processInstanceId)) {
            throw new InvalidInputException("serviceRequestId", "service request " + requestNumber
                    + " already has its process");
        }
        this.processInstanceId = processInstanceId;
    }

    void triaged(String queue, int priority, String rule, Instant firstResponseDueAt, Instant resolutionDueAt) {
        this.queue = queue;
        this.priority = priority;
        this.triageRule = rule;
        this.firstResponseDueAt = firstResponseDueAt;
        this.resolutionDueAt = resolutionDueAt;
        this.status = RequestStatus.TRIAGED;
    }

    void dispatched(Instant at) {
        if (firstRespondedAt == null) {
            firstRespondedAt = at;
        }
        status = RequestStatus.DISPATCHED;
    }

    void status(RequestStatus status) {
        this.status = status;
    }

    void resolved(Instant at) {
        resolvedAt = at;
        status = RequestStatus.RESOLVED;
    }

    void closed(Instant at) {
        closedAt = at;
        status = RequestStatus.CLOSED;
    }

    /** Whether the target is met: first response by the first dispatch, resolution by closing the work. */
    boolean met(SlaKind kind) {
        return switch (kind) {
            case FIRST_RESPONSE -> firstRespondedAt != null;
            case RESOLUTION -> resolvedAt != null;
        };
    }

    public Long getId() {
        return id;
    }

    public String getRequestNumber() {
        return requestNumber;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getAssetId() {
        return assetId;
    }

    public RequestType getRequestType() {
        return requestType;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getQueue() {
        return queue;
    }

    public Integer getPriority() {
        return priority;
    }

    public String getTriageRule() {
        return triageRule;
    }

    public Instant getFirstResponseDueAt() {
        return firstResponseDueAt;
    }

    public Instant getResolutionDueAt() {
        return resolutionDueAt;
    }

    public Instant getFirstRespondedAt() {
        return firstRespondedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
