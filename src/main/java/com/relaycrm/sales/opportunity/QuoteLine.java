package com.relaycrm.sales.opportunity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** A quote line: the price from the pricing table (listPrice), the price offered, and the discount between. */
@Entity
public class QuoteLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String productCode;
    private int quantity;
    private BigDecimal listPrice;
    private BigDecimal unitPrice;
    private BigDecimal discountPct;
    private String priceRule;
    private BigDecimal lineTotal;

    protected QuoteLine() {
    }

    QuoteLine(String productCode, int quantity, BigDecimal listPrice, BigDecimal unitPrice, BigDecimal discountPct,
              String priceRule) {
        this.productCode = productCode;
        this.quantity = quantity;
        this.listPrice = listPrice;
        this.unitPrice = unitPrice;
        this.discountPct = discountPct;
        this.priceRule = priceRule;
        this.lineTotal = unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    public Long getId() { return id; }
    public String getProductCode() { return productCode; }
    public int getQuantity() { return quantity; }
    public BigDecimal getListPrice() { return listPrice; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public BigDecimal getDiscountPct() { return discountPct; }
    public String getPriceRule() { return priceRule; }
    public BigDecimal getLineTotal() { return lineTotal; }
}
