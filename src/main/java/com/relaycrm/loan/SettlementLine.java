package com.relaycrm.loan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** How much of one loan item a return or conversion covers (and, for a sale, at what price). */
@Entity
@Table(name = "loan_settlement_line")
public class SettlementLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long itemId;
    private int quantity;
    private BigDecimal unitPrice;
    private BigDecimal amount;

    protected SettlementLine() {
    }

    SettlementLine(long itemId, int quantity) {
        this.itemId = itemId;
        this.quantity = quantity;
    }

    public void priced(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
        this.amount = unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    public Long getId() {
        return id;
    }

    public Long getItemId() {
        return itemId;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
