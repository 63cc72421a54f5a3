package com.relaycrm.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A product a customer owns (客户资产), identified by its serial number; service work is done on it. */
@Entity
public class Asset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    private String serialNumber;
    private String productName;
    private String assetType;
    private LocalDate purchaseDate;
    private LocalDate warrantyEnd;

    protected Asset() {
    }

    Asset(Long customerId, String serialNumber, String productName, String assetType, LocalDate purchaseDate,
          LocalDate warrantyEnd) {
        this.customerId = customerId;
        this.serialNumber = serialNumber;
        this.productName = productName;
        this.assetType = assetType;
        this.purchaseDate = purchaseDate;
        this.warrantyEnd = warrantyEnd;
    }

    /** In warranty on the given day (the warranty end day included). */
    public boolean inWarrantyOn(LocalDate day) {
        return !day.isAfter(warrantyEnd);
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getProductName() {
        return productName;
    }

    public String getAssetType() {
        return assetType;
    }

    public LocalDate getPurchaseDate() {
        return purchaseDate;
    }

    public LocalDate getWarrantyEnd() {
        return warrantyEnd;
    }
}
