package com.relaycrm.sales.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The sales funnel and weighted forecast (销售漏斗, 预测): open opportunities grouped by stage, owner, department or
 * expected-close month, with their amount and the amount weighted by the stage's win probability.
 */
public record Funnel(String groupedBy, LocalDate from, LocalDate to, List<Row> rows, BigDecimal totalAmount,
                     BigDecimal totalWeighted) {

    public record Row(String key, String label, long count, BigDecimal amount, BigDecimal weighted) {
    }
}
