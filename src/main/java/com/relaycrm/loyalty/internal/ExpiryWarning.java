package com.relaycrm.loyalty.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A member was told that points expire on a day (积分到期提醒); {@code sentTo} is null when they have no email. */
@Entity
@Table(name = "points_expiry_warning")
public class ExpiryWarning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    private LocalDate expiresOn;
    private long points;
    private String sentTo;
    private Instant createdAt;

    protected ExpiryWarning() {
    }

    ExpiryWarning(Long customerId, LocalDate expiresOn, long points, String sentTo) {
        this.customerId = customerId;
        this.expiresOn = expiresOn;
        this.points = points;
        this.sentTo = sentTo;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public long getPoints() {
        return points;
    }

    public String getSentTo() {
        return sentTo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
