package com.relaycrm.loyalty;

import com.relaycrm.rules.Decision;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Question to the {@code points-categories} table: base points per 1.00 spent on a product category on a given
 * day, where promotion rows apply only inside their date window.
 */
public class CategoryRateDecision extends Decision {

    private final String category;
    private final LocalDate day;
    private BigDecimal rate;

    public CategoryRateDecision(String category, LocalDate day) {
        this.category = category;
        this.day = day;
    }

    /** Table condition: {@code *} matches every category. */
    public boolean categoryIs(String value) {
        return "*".equals(value.trim()) || value.trim().equalsIgnoreCase(category);
    }

    /** Table condition: the day lies in the window, both ends included (an empty cell never calls this). */
    public boolean validBetween(String from, String to) {
        return !day.isBefore(LocalDate.parse(from.trim())) && !day.isAfter(LocalDate.parse(to.trim()));
    }

    /** Table action. */
    public void rate(String pointsPerUnit, String rule) {
        if (claim(rule)) {
            this.rate = new BigDecimal(pointsPerUnit.trim());
        }
    }

    @Override
    protected String missingOutcome() {
        return rate == null ? "rate" : null;
    }

    public String getCategory() {
        return category;
    }

    public LocalDate getDay() {
        return day;
    }

    public BigDecimal getRate() {
        return rate;
    }

    @Override
    public String toString() {
        return "category " + category + " on " + day;
    }
}
