package com.relaycrm.expense;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An expense request (费用申请单): what the {@code expense-approval} process works on. Its number
 * ({@code EXP-000123}) is the business key of the process instance.
 */
@Entity
public class ExpenseRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String requestNumber;
    private String requesterId;
    private String departmentCode;
    @Enumerated(EnumType.STRING)
    private ExpenseType expenseType;
    private BigDecimal amount;
    private String currency;
    private String purpose;
    @Enumerated(EnumType.STRING)
    private LinkType linkType;
    private Long linkId;
    @Enumerated(EnumType.STRING)
    private ExpenseStatus status;
    private String approvalChain;
    private String approvalRule;
    private String processInstanceId;
    private Instant createdAt;
    private Instant submittedAt;
    private Instant decidedAt;
    private Instant closedAt;

    protected ExpenseRequest() {
    }

    ExpenseRequest(String requesterId, String departmentCode, ExpenseType expenseType, BigDecimal amount,
                   String currency, String purpose, LinkType linkType, Long linkId) {
        this.requesterId = requesterId;
        this.departmentCode = departmentCode;
        this.expenseType = expenseType;
        this.amount = amount;
        this.currency = currency;
        this.purpose = purpose;
        this.linkType = linkType;
        this.linkId = linkId;
        this.status = ExpenseStatus.DRAFT;
        this.createdAt = Instant.now();
    }

    void assignNumber() {
        this.requestNumber = String.format("EXP-%06d", id);
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void submitted(String chain, String rule, Instant at) {
        this.approvalChain = chain;
        this.approvalRule = rule;
        this.submittedAt = at;
        this.decidedAt = null;
        this.status = ExpenseStatus.IN_APPROVAL;
    }

    void revised(BigDecimal amount, String purpose) {
        this.amount = amount;
        this.purpose = purpose;
    }

    void decided(ExpenseStatus status, Instant at) {
        this.status = status;
        this.decidedAt = at;
    }

    public void backInApproval() {
        this.status = ExpenseStatus.IN_APPROVAL;
        this.decidedAt = null;
    }

    void closed(ExpenseStatus status, Instant at) {
        this.status = status;
        this.closedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getRequestNumber() {
        return requestNumber;
    }

    public String getRequesterId() {
        return requesterId;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public ExpenseType getExpenseType() {
        return expenseType;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getPurpose() {
        return purpose;
    }

    public LinkType getLinkType() {
        return linkType;
    }

    public Long getLinkId() {
        return linkId;
    }

    public ExpenseStatus getStatus() {
        return status;
    }

    public String getApprovalChain() {
        return approvalChain;
    }

    public String getApprovalRule() {
        return approvalRule;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
