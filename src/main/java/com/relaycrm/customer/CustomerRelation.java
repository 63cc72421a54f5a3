package com.relaycrm.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** 客户关系图: a company's parent company (PARENT: the related customer is the parent) or an affiliated company. */
@Entity
public class CustomerRelation {

    public enum Kind { PARENT, AFFILIATE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    private Long relatedCustomerId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String createdBy;
    private Instant createdAt;

    protected CustomerRelation() {
    }

    CustomerRelation(long customerId, long relatedCustomerId, Kind kind, String createdBy) {
        this.customerId = customerId;
        this.relatedCustomerId = relatedCustomerId;
        this.kind = kind;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getRelatedCustomerId() {
        return relatedCustomerId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
