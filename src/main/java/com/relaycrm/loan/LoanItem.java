package com.relaycrm.loan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/**
 * One line of a loan: a product (with its serial number when it has one), a quantity, and the product's standard
 * price. Quantities are settled (returned or converted) in parts; a part waiting for the warehouse or a review is
 * pending and cannot be settled twice.
 */
@Entity
public class LoanItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "loan_id", insertable = false, updatable = false)
    private Long loanId;
    private int lineNo;
    private String product;
    private String serialNumber;
    private int quantity;
    private BigDecimal unitPrice;
    private int settledQuantity;
    private int pendingQuantity;

    protected LoanItem() {
    }

    LoanItem(int lineNo, String product, String serialNumber, int quantity, BigDecimal unitPrice) {
        this.lineNo = lineNo;
        this.product = product;
        this.serialNumber = serialNumber;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
    }

    /** Quantity still out and not yet in a pending return or conversion. */
    public int getOutstandingQuantity() {
        return quantity - settledQuantity - pendingQuantity;
    }

    void reserve(int count) {
        pendingQuantity += count;
    }

    void release(int count) {
        pendingQuantity -= count;
    }

    void settle(int count) {
        pendingQuantity -= count;
        settledQuantity += count;
    }

    public boolean isSettled() {
        return settledQuantity == quantity;
    }

    /** "2. Projector (SN-1) x3": this item's line with the given quantity. */
    public String line(int count) {
        return lineNo + ". " + product + (serialNumber == null ? "" : " (" + serialNumber + ")") + " x" + count;
    }

    String describe() {
        return line(quantity)
                + ": " + getOutstandingQuantity() + " out" + (pendingQuantity > 0 ? ", " + pendingQuantity + " pending" : "")
                + (settledQuantity > 0 ? ", " + settledQuantity + " settled" : "");
    }

    public Long getId() {
        return id;
    }

    public Long getLoanId() {
        return loanId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getProduct() {
        return product;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public int getSettledQuantity() {
        return settledQuantity;
    }

    public int getPendingQuantity() {
        return pendingQuantity;
    }
}
