package com.relaycrm.loan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Loaned goods leaving (OUT, at shipment) or coming back into (IN, at a return) the warehouse. */
@Entity
@Table(name = "loan_stock_movement")
public class StockMovement {

    public static final String OUT = "OUT";
    public static final String IN = "IN";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long loanId;
    private Long itemId;
    private String direction;
    private int quantity;
    private String reference;
    private String movedBy;
    private Instant movedAt;

    protected StockMovement() {
    }

    StockMovement(long loanId, long itemId, String direction, int quantity, String reference, String movedBy) {
        this.loanId = loanId;
        this.itemId = itemId;
        this.direction = direction;
        this.quantity = quantity;
        this.reference = reference;
        this.movedBy = movedBy;
        this.movedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getLoanId() {
        return loanId;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getDirection() {
        return direction;
    }

    public int getQuantity() {
        return quantity;
    }

    public String getReference() {
        return reference;
    }

    public String getMovedBy() {
        return movedBy;
    }

    public Instant getMovedAt() {
        return movedAt;
    }
}
