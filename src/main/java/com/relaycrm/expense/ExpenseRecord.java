package com.relaycrm.expense;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An expense record (费用支出单): the payment finance made against an approved request, which closes it. */
@Entity
public class ExpenseRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long expenseRequestId;
    private BigDecimal amount;
    private String currency;
    private LocalDate paidOn;
    private String paymentReference;
    private String recordedBy;
    private Instant recordedAt;

    protected ExpenseRecord() {
    }

    ExpenseRecord(Long expenseRequestId, BigDecimal amount, String currency, LocalDate paidOn,
                  String paymentReference, String recordedBy) {
        this.expenseRequestId = expenseRequestId;
        this.amount = amount;
        this.currency = currency;
        this.paidOn = paidOn;
        this.paymentReference = paymentReference;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getExpenseRequestId() {
        return expenseRequestId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
