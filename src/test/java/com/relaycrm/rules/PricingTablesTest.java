package com.relaycrm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.sales.pricing.Price;
import com.relaycrm.sales.pricing.PricingService;
import com.relaycrm.support.RelayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code rules/pricing.drl.csv}: customer price list, then salesperson list, then category discount, then volume
 * discount, then standard price, first match; and the discount limits of {@code pricing-discount-limits}.
 */
@RelayIntegrationTest
class PricingTablesTest {

    @Autowired PricingService pricing;
    @Autowired DecisionTables tables;

    @Test
    void bothTablesCompileToTheirRows() {
        assertThat(tables.ruleCount("pricing")).isEqualTo(8);
        assertThat(tables.ruleCount("pricing-discount-limits")).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0} x{1} for {2} by {3}: {4} from {5}")
    @CsvSource({
            // the customer's own price list wins over everything, even a volume discount
            "IP500, 60, CUST-0001, sales1, 10500.00, CUSTOMER",
            // another customer: the salesperson's list
            "IP500, 1, CUST-0002, sales1, 11400.00, SALESPERSON",
            // no list: category discount (consumables 10 % off 300.00) before volume
            "IP500-INK, 100, CUST-0002, sales2, 270.00, CATEGORY",
            "SVC-YEAR, 1, CUST-0002, sales2, 4750.00, CATEGORY",
            // volume discounts, the larger threshold first
            "AC75, 50, CUST-0001, sales2, 41400.00, VOLUME",
            "AC75, 10, CUST-0001, sales2, 42750.00, VOLUME",
            "AC75, 9, CUST-0001, sales2, 45000.00, STANDARD",
            // customer list of another product
            "AC75, 1, CUST-0002, sales2, 41000.00, CUSTOMER",
            "UV200, 1, CUST-0003, sales3, 8000.00, STANDARD",
    })
    void theFirstMatchingPriceListDecides(String product, int quantity, String customer, String salesperson,
                                          String expected, String list) {
        Price price = pricing.price("line", product, quantity, customer, salesperson);
        assertThat(price.unitPrice()).isEqualByComparingTo(expected);
        assertThat(price.priceList()).isEqualTo(list);
        assertThat(price.rule()).startsWith("Pricing_");
    }

    @ParameterizedTest
    @CsvSource({"IP500-INK, 15", "SVC-YEAR, 10", "UV200, 8", "AC75, 8"})
    void discountLimitsByCategory(String product, String limit) {
        assertThat(pricing.price("line", product, 1, null, null).discountLimitPercent()).isEqualByComparingTo(limit);
    }

    @Test
    void unknownProductsAndQuantitiesAreRefusedNamingTheLine() {
        assertThatThrownBy(() -> pricing.price("lines[2]", "NOPE", 1, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("lines[2].productCode");
        assertThatThrownBy(() -> pricing.price("lines[0]", "UV200", 0, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("lines[0].quantity");
    }
}
