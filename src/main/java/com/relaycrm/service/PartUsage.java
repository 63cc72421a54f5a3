package com.relaycrm.service;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** A part consumed on a work order (配件消耗), with the serial of the old part it replaced. */
@Entity
public class PartUsage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workOrderId;
    private String partNumber;
    private String description;
    private int quantity;
    private BigDecimal unitPrice;
    private String oldPartSerial;

    protected PartUsage() {
    }

    PartUsage(Long workOrderId, PartLines.PartLine line) {
        this.workOrderId = workOrderId;
        this.partNumber = line.partNumber();
        this.description = line.description();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.oldPartSerial = line.oldPartSerial();
    }

    public BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    public Long getId() {
        return id;
    }

    public Long getWorkOrderId() {
        return workOrderId;
    }

    public String getPartNumber() {
        return partNumber;
    }

    public String getDescription() {
        return description;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public String getOldPartSerial() {
        return oldPartSerial;
    }
}
