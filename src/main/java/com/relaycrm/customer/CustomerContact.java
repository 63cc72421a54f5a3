package com.relaycrm.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One contact with a customer in their history: a call, an email, a visit, with what it was about. */
@Entity
public class CustomerContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    private String channel;
    private String subject;
    private String note;
    private String sourceReference;
    private String recordedBy;
    private Instant recordedAt;

    protected CustomerContact() {
    }

    CustomerContact(long customerId, String channel, String subject, String note, String sourceReference,
                    String recordedBy) {
        this.customerId = customerId;
        this.channel = channel;
        this.subject = subject;
        this.note = note;
        this.sourceReference = sourceReference;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getChannel() {
        return channel;
    }

    public String getSubject() {
        return subject;
    }

    public String getNote() {
        return note;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
