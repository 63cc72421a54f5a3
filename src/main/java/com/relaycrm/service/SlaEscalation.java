package com.relaycrm.service;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A missed service level target, escalated to the service manager, and what they did about it. */
@Entity
public class SlaEscalation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long serviceRequestId;
    @Enumerated(EnumType.STRING)
    private SlaKind slaKind;
    private Instant breachedAt;
    private String handledBy;
    private Instant handledAt;
    private String actionTaken;

    protected SlaEscalation() {
    }

    SlaEscalation(Long serviceRequestId, SlaKind slaKind) {
        this.serviceRequestId = serviceRequestId;
        this.slaKind = slaKind;
        this.breachedAt = Instant.now();
    }

    void handled(String by, String action) {
        this.handledBy = by;
        this.actionTaken = action;
        this.handledAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getServiceRequestId() {
        return serviceRequestId;
    }

    public SlaKind getSlaKind() {
        return slaKind;
    }

    public Instant getBreachedAt() {
        return breachedAt;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public String getActionTaken() {
        return actionTaken;
    }
}
