package com.relaycrm.sales.opportunity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One move of an opportunity from a stage to another (阶段升迁历史), with who did it. */
@Entity
@Table(name = "opportunity_stage_change")
public class StageChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long opportunityId;
    @Enumerated(EnumType.STRING)
    private OpportunityStage fromStage;
    @Enumerated(EnumType.STRING)
    private OpportunityStage toStage;
    private String note;
    private String actor;
    private Instant changedAt;

    protected StageChange() {
    }

    StageChange(Long opportunityId, OpportunityStage fromStage, OpportunityStage toStage, String note, String actor) {
        this.opportunityId = opportunityId;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.note = note;
        this.actor = actor;
        this.changedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getOpportunityId() { return opportunityId; }
    public OpportunityStage getFromStage() { return fromStage; }
    public OpportunityStage getToStage() { return toStage; }
    public String getNote() { return note; }
    public String getActor() { return actor; }
    public Instant getChangedAt() { return changedAt; }
}
