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

/** An order (订单): a won opportunity's, from its latest quote, or a loan's items converted to a sale. */
@Entity
public class SalesOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long opportunityId;
    private Long quoteId;
    private Long loanSettlementId;
    private Long customerId;
    private String ownerId;
    private BigDecimal total;
    private Instant createdAt;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "order_id", nullable = false)
    @OrderBy("id")
    private List<OrderLine> lines = new ArrayList<>();

    protected SalesOrder() {
    }

    SalesOrder(Long opportunityId, Long quoteId, Long customerId, String ownerId, List<OrderLine> lines) {
        this.opportunityId = opportunityId;
        this.quoteId = quoteId;
        this.customerId = customerId;
        this.ownerId = ownerId;
        this.lines.addAll(lines);
        this.total = lines.stream().map(OrderLine::getLineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.createdAt = Instant.now();
    }

    /** The order of loaned items converted to a sale (the loan settlement that sold them). */
    static SalesOrder fromLoanSale(Long loanSettlementId, Long customerId, String ownerId, List<OrderLine> lines) {
        SalesOrder order = new SalesOrder(null, null, customerId, ownerId, lines);
        order.loanSettlementId = loanSettlementId;
        return order;
    }

    public Long getId() { return id; }
    public Long getOpportunityId() { return opportunityId; }
    public Long getQuoteId() { return quoteId; }
    public Long getLoanSettlementId() { return loanSettlementId; }
    public Long getCustomerId() { return customerId; }
    public String getOwnerId() { return ownerId; }
    public BigDecimal getTotal() { return total; }
    public Instant getCreatedAt() { return createdAt; }
    public List<OrderLine> getLines() { return List.copyOf(lines); }
}
