package com.relaycrm.loan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A return (归还单) or conversion (转换单) of some or all of a loan's items: pending until the warehouse receives the
 * items or a sales manager reviews the conversion, then done (or rejected, the items staying on loan).
 */
@Entity
public class LoanSettlement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long loanId;
    @Enumerated(EnumType.STRING)
    private SettlementKind kind;
    @Enumerated(EnumType.STRING)
    private ConversionType conversionType;
    @Enumerated(EnumType.STRING)
    private SettlementStatus status;
    @Enumerated(EnumType.STRING)
    private ItemCondition itemCondition;
    private String note;
    private BigDecimal amount;
    private Long newCustomerId;
    private Long newLoanId;
    private Long serviceRequestId;
    private String requestedBy;
    private Instant requestedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "settlement_id", nullable = false)
    private List<SettlementLine> lines = new ArrayList<>();

    protected LoanSettlement() {
    }

    LoanSettlement(long loanId, SettlementKind kind, ConversionType conversionType, Long newCustomerId, String note,
                   String requestedBy) {
        this.loanId = loanId;
        this.kind = kind;
        this.conversionType = conversionType;
        this.newCustomerId = newCustomerId;
        this.note = note;
        this.status = SettlementStatus.PENDING;
        this.requestedBy = requestedBy;
        this.requestedAt = Instant.now();
    }

    void addLine(long itemId, int quantity) {
        lines.add(new SettlementLine(itemId, quantity));
    }

    void decided(boolean done, String userId, String note) {
        this.status = done ? SettlementStatus.DONE : SettlementStatus.REJECTED;
        this.decidedBy = userId;
        this.decisionNote = note;
        this.decidedAt = Instant.now();
    }

    void received(ItemCondition condition) {
        this.itemCondition = condition;
    }

    void sold(BigDecimal amount) {
        this.amount = amount;
    }

    void newLoan(long loanId) {
        this.newLoanId = loanId;
    }

    void repair(long serviceRequestId) {
        this.serviceRequestId = serviceRequestId;
    }

    public Long getId() {
        return id;
    }

    public Long getLoanId() {
        return loanId;
    }

    public SettlementKind getKind() {
        return kind;
    }

    public ConversionType getConversionType() {
        return conversionType;
    }

    public SettlementStatus getStatus() {
        return status;
    }

    public ItemCondition getItemCondition() {
        return itemCondition;
    }

    public String getNote() {
        return note;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Long getNewCustomerId() {
        return newCustomerId;
    }

    public Long getNewLoanId() {
        return newLoanId;
    }

    public Long getServiceRequestId() {
        return serviceRequestId;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public List<SettlementLine> getLines() {
        return lines;
    }
}
