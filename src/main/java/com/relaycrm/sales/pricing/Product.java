package com.relaycrm.sales.pricing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** A product that can be quoted and sold, with its standard price (标准价格). */
@Entity
public class Product {

    @Id
    private String code;
    private String name;
    private String category;
    private BigDecimal standardPrice;

    protected Product() {
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getCategory() { return category; }
    public BigDecimal getStandardPrice() { return standardPrice; }
}
