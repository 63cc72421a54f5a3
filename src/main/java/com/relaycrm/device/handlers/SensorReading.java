package com.relaycrm.device.handlers;

import com.relaycrm.device.SensorThresholdDecision;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/** One processed sensor reading: part of the asset's history, and the service request a breach opened or met. */
@Entity
public class SensorReading {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long frameId;
    private Long assetId;
    private String deviceId;
    private String metric;
    @Column(name = "reading_value")
    private BigDecimal value;
    private Instant measuredAt;
    private BigDecimal limitMin;
    private BigDecimal limitMax;
    private boolean breach;
    private String ruleName;
    private Long serviceRequestId;
    private Instant createdAt;

    protected SensorReading() {
    }

    SensorReading(Long frameId, Long assetId, String deviceId, String metric, BigDecimal value, Instant measuredAt,
                  SensorThresholdDecision limits) {
        this.frameId = frameId;
        this.assetId = assetId;
        this.deviceId = deviceId;
        this.metric = metric;
        this.value = value;
        this.measuredAt = measuredAt;
        this.limitMin = limits.getMin();
        this.limitMax = limits.getMax();
        this.breach = limits.breachedBy(value);
        this.ruleName = limits.getRule() + "@" + limits.getTableVersion();
        this.createdAt = Instant.now();
    }

    void raised(Long serviceRequestId) {
        this.serviceRequestId = serviceRequestId;
    }

    public Long getId() {
        return id;
    }

    public Long getFrameId() {
        return frameId;
    }

    public Long getAssetId() {
        return assetId;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public String getMetric() {
        return metric;
    }

    public BigDecimal getValue() {
        return value;
    }

    public Instant getMeasuredAt() {
        return measuredAt;
    }

    public BigDecimal getLimitMin() {
        return limitMin;
    }

    public BigDecimal getLimitMax() {
        return limitMax;
    }

    public boolean isBreach() {
        return breach;
    }

    public String getRuleName() {
        return ruleName;
    }

    public Long getServiceRequestId() {
        return serviceRequestId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
