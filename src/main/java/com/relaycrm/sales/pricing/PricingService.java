package com.relaycrm.sales.pricing;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.rules.DecisionTables;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prices quote and order lines by {@code rules/pricing.drl.csv} (customer price list, salesperson price list,
 * category discount, volume discount, standard price: the first matching row) and tells how far below that price a
 * rep may go before a manager approves ({@code rules/pricing-discount-limits.drl.csv}).
 */
@Service
@Transactional(readOnly = true)
public class PricingService {

    static final String PRICING_TABLE = "pricing";
    static final String LIMITS_TABLE = "pricing-discount-limits";

    private final ProductRepository products;
    private final DecisionTables decisionTables;

    PricingService(ProductRepository products, DecisionTables decisionTables) {
        this.products = products;
        this.decisionTables = decisionTables;
    }

    /** The price for one line; {@code field} names the line in error messages. */
    public Price price(String field, String productCode, int quantity, String customerCode, String salesperson) {
        if (quantity < 1) {
            throw new InvalidInputException(field + ".quantity", "must be at least 1");
        }
        Product product = products.findById(productCode == null ? "" : productCode.trim())
                .orElseThrow(() -> new InvalidInputException(field + ".productCode", "no product " + productCode));
        PriceDecision decision = decisionTables.decide(PRICING_TABLE, new PriceDecision(product.getCode(),
                product.getCategory(), customerCode, salesperson, quantity, product.getStandardPrice()));
        BigDecimal limit = decisionTables.decide(LIMITS_TABLE, new DiscountLimitDecision(product.getCategory()))
                .getMaximumPercent();
        return new Price(product.getCode(), product.getCategory(), quantity, product.getStandardPrice(),
                decision.price(), decision.getPriceList(), decision.getRule(), limit);
    }

    /** The price when {@code productCode} is a catalogue product, else empty (for lines that may be off-catalogue). */
    public Optional<Price> listedPrice(String productCode, int quantity, String customerCode, String salesperson) {
        if (productCode == null || products.findById(productCode.trim()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(price("line", productCode, quantity, customerCode, salesperson));
    }

    public List<Product> products() {
        return products.findAll();
    }
}
