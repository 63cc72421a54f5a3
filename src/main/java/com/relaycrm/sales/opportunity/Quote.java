package com.relaycrm.sales.opportunity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A version of the quote (报价单) for an opportunity; a new version never changes an older one. */
@Entity
public class Quote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long opportunityId;
    private int version;
    private BigDecimal total;
    private BigDecimal maxDiscountPct;
    private boolean approvalNeeded;
    private String approvedBy;
    private String createdBy;
    private Instant createdAt;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "quote_id", nullable = false)
    @OrderBy("id")
    private List<QuoteLine> lines = new ArrayList<>();

    protected Quote() {
    }

    Quote(Long opportunityId, int version, List<QuoteLine> lines, boolean approvalNeeded, String createdBy) {
        this.opportunityId = opportunityId;
        this.version = version;
        this.lines.addAll(lines);
        this.total = lines.stream().map(QuoteLine::getLineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.maxDiscountPct = lines.stream().map(QuoteLine::getDiscountPct).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        this.approvalNeeded = approvalNeeded;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    void approve(String userId) {
        this.approvedBy = userId;
    }

    /** A discount beyond the table's limit that no manager has approved yet. */
    public boolean isAwaitingApproval() {
        return approvalNeeded && approvedBy == null;
    }

    public Long getId() { return id; }
    public Long getOpportunityId() { return opportunityId; }
    public int getVersion() { return version; }
    public BigDecimal getTotal() { return total; }
    public BigDecimal getMaxDiscountPct() { return maxDiscountPct; }
    public boolean isApprovalNeeded() { return approvalNeeded; }
    public String getApprovedBy() { return approvedBy; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public List<QuoteLine> getLines() { return List.copyOf(lines); }
}
