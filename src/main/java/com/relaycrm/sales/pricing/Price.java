package com.relaycrm.sales.pricing;

import java.math.BigDecimal;

/**
 * The price of a line: the product's standard price, the unit price the pricing table gives, which price list
 * and row gave it, and the largest further discount a rep may give without approval.
 */
public record Price(String productCode, String category, int quantity, BigDecimal standardPrice,
                    BigDecimal unitPrice, String priceList, String rule, BigDecimal discountLimitPercent) {
}
