package com.relaycrm.sales.pricing;

import com.relaycrm.rules.Decision;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Question to the {@code pricing} table: which price list applies to this product, customer, rep and quantity. */
public class PriceDecision extends Decision {

    private final String productCode;
    private final String category;
    private final String customerCode;
    private final String salesperson;
    private final int quantity;
    private final BigDecimal standardPrice;
    private String priceList;
    private BigDecimal unitPrice;
    private BigDecimal discountPercent;

    public PriceDecision(String productCode, String category, String customerCode, String salesperson, int quantity,
                         BigDecimal standardPrice) {
        this.productCode = productCode;
        this.category = category;
        this.customerCode = customerCode;
        this.salesperson = salesperson;
        this.quantity = quantity;
        this.standardPrice = standardPrice;
    }

    public boolean productIs(String value) {
        return "*".equals(value.trim()) || value.trim().equalsIgnoreCase(productCode);
    }

    public boolean customerIs(String value) {
        return value.trim().equalsIgnoreCase(customerCode);
    }

    public boolean salespersonIs(String value) {
        return value.trim().equals(salesperson);
    }

    public boolean categoryIs(String value) {
        return value.trim().equalsIgnoreCase(category);
    }

    public int getQuantity() {
        return quantity;
    }

    public void priceList(String value, String rule) {
        if (claim(rule)) {
            priceList = value.trim();
        }
    }

    public void unitPrice(String value, String rule) {
        if (claim(rule)) {
            unitPrice = new BigDecimal(value.trim());
        }
    }

    public void discountPercent(String value, String rule) {
        if (claim(rule)) {
            discountPercent = new BigDecimal(value.trim());
        }
    }

    @Override
    protected String missingOutcome() {
        return priceList == null ? "price list" : unitPrice == null && discountPercent == null
                ? "unit price or discount" : null;
    }

    /** The price per unit the row gives: its own unit price, or the standard price less its discount. */
    public BigDecimal price() {
        if (unitPrice != null) {
            return unitPrice.setScale(2, RoundingMode.HALF_UP);
        }
        return standardPrice.multiply(BigDecimal.valueOf(100).subtract(discountPercent))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    public String getPriceList() {
        return priceList;
    }

    @Override
    public String toString() {
        return "product " + productCode + " (" + category + "), customer " + customerCode + ", salesperson "
                + salesperson + ", quantity " + quantity;
    }
}
