package com.relaycrm.sales.lead;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One entry of a lead's history: a follow-up call, an assignment, a reminder, a recycling. */
@Entity
public class LeadActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long leadId;
    @Enumerated(EnumType.STRING)
    private ActivityKind kind;
    private String note;
    private String actor;
    private Instant occurredAt;

    protected LeadActivity() {
    }

    LeadActivity(Long leadId, ActivityKind kind, String note, String actor) {
        this.leadId = leadId;
        this.kind = kind;
        this.note = note;
        this.actor = actor;
        this.occurredAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getLeadId() { return leadId; }
    public ActivityKind getKind() { return kind; }
    public String getNote() { return note; }
    public String getActor() { return actor; }
    public Instant getOccurredAt() { return occurredAt; }
}
