package com.relaycrm.sales.opportunity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "sales_order_line")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String productCode;
    private int quantity;
    private BigDecimal unitPrice;
    private String priceRule;
    private BigDecimal lineTotal;

    protected OrderLine() {
    }

    OrderLine(String productCode, int quantity, BigDecimal unitPrice, String priceRule) {
        this.productCode = productCode;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.priceRule = priceRule;
        this.lineTotal = unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    public Long getId() { return id; }
    public String getProductCode() { return productCode; }
    public int getQuantity() { return quantity; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public String getPriceRule() { return priceRule; }
    public BigDecimal getLineTotal() { return lineTotal; }
}
