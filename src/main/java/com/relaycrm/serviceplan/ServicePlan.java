package com.relaycrm.serviceplan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A proactive service plan (服务计划) generated from a template for one customer (and asset) and date; its key
 * (template, subject, date) is unique, so generating twice creates it once.
 */
@Entity
public class ServicePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String planKey;
    @Enumerated(EnumType.STRING)
    private PlanKind templateKind;
    private Long customerId;
    private Long assetId;
    private String sourceReference;
    private String subject;
    private LocalDate dueDate;
    private String assigneeId;
    private String candidateGroup;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    private String result;
    private Long serviceRequestId;
    private String processInstanceId;
    private Instant createdAt;
    private String doneBy;
    private Instant doneAt;

    protected ServicePlan() {
    }

    ServicePlan(String planKey, PlanKind kind, long customerId, Long assetId, String sourceReference, String subject,
                LocalDate dueDate, String assigneeId, String candidateGroup) {
        this.planKey = planKey;
        this.templateKind = kind;
        this.customerId = customerId;
        this.assetId = assetId;
        this.sourceReference = sourceReference;
        this.subject = subject;
        this.dueDate = dueDate;
        this.assigneeId = assigneeId;
        this.candidateGroup = candidateGroup;
        this.status = PlanStatus.PLANNED;
        this.createdAt = Instant.now();
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void done(String result, String userId) {
        this.status = PlanStatus.DONE;
        this.result = result;
        this.doneBy = userId;
        this.doneAt = Instant.now();
    }

    void converted(long serviceRequestId, String result, String userId) {
        done(result, userId);
        this.status = PlanStatus.CONVERTED;
        this.serviceRequestId = serviceRequestId;
    }

    public Long getId() {
        return id;
    }

    public String getPlanKey() {
        return planKey;
    }

    public PlanKind getTemplateKind() {
        return templateKind;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getAssetId() {
        return assetId;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public String getSubject() {
        return subject;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getAssigneeId() {
        return assigneeId;
    }

    public String getCandidateGroup() {
        return candidateGroup;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getResult() {
        return result;
    }

    public Long getServiceRequestId() {
        return serviceRequestId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
