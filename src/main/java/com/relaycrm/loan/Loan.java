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
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A loan (借出单) of samples, exhibits or spare machines to a customer, from request to the last item settled. */
@Entity
public class Loan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String loanNumber;
    private Long customerId;
    private String ownerId;
    private String purpose;
    @Enumerated(EnumType.STRING)
    private LoanStatus status;
    private LocalDate expectedShipDate;
    private LocalDate expectedFeedbackDate;
    private LocalDate expectedReturnDate;
    private Long previousLoanId;
    private String processInstanceId;
    private Instant requestedAt;
    private String reviewedBy;
    private String reviewNote;
    private Instant reviewedAt;
    private String shippedBy;
    private Instant shippedAt;
    private String shipmentNote;
    private Instant closedAt;
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "loan_id", nullable = false)
    @OrderBy("lineNo")
    private List<LoanItem> items = new ArrayList<>();

    protected Loan() {
    }

    Loan(long customerId, String ownerId, String purpose, LocalDate expectedShipDate, LocalDate expectedFeedbackDate,
         LocalDate expectedReturnDate, Long previousLoanId) {
        this.customerId = customerId;
        this.ownerId = ownerId;
        this.purpose = purpose;
        this.expectedShipDate = expectedShipDate;
        this.expectedFeedbackDate = expectedFeedbackDate;
        this.expectedReturnDate = expectedReturnDate;
        this.previousLoanId = previousLoanId;
        this.status = LoanStatus.REQUESTED;
        this.requestedAt = Instant.now();
    }

    static String numberFor(long id) {
        return String.format("LN-%06d", id);
    }

    void addItem(String product, String serialNumber, int quantity, java.math.BigDecimal unitPrice) {
        items.add(new LoanItem(items.size() + 1, product, serialNumber, quantity, unitPrice));
    }

    void assignNumber() {
        this.loanNumber = numberFor(id);
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void reviewed(boolean approved, String userId, String note) {
        this.status = approved ? LoanStatus.APPROVED : LoanStatus.REJECTED;
        this.reviewedBy = userId;
        this.reviewNote = note;
        this.reviewedAt = Instant.now();
    }

    void shipped(String userId, String note) {
        this.status = LoanStatus.SHIPPED;
        this.shippedBy = userId;
        this.shipmentNote = note;
        this.shippedAt = Instant.now();
    }

    void closed() {
        this.status = LoanStatus.CLOSED;
        this.closedAt = Instant.now();
    }

    Optional<LoanItem> item(int lineNo) {
        return items.stream().filter(i -> i.getLineNo() == lineNo).findFirst();
    }

    public boolean isAllSettled() {
        return items.stream().allMatch(LoanItem::isSettled);
    }

    public int getOutstandingQuantity() {
        return items.stream().mapToInt(i -> i.getQuantity() - i.getSettledQuantity()).sum();
    }

    public String itemsSummary() {
        return String.join("\n", items.stream().map(LoanItem::describe).toList());
    }

    public Long getId() {
        return id;
    }

    public String getLoanNumber() {
        return loanNumber;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public String getPurpose() {
        return purpose;
    }

    public LoanStatus getStatus() {
        return status;
    }

    public LocalDate getExpectedShipDate() {
        return expectedShipDate;
    }

    public LocalDate getExpectedFeedbackDate() {
        return expectedFeedbackDate;
    }

    public LocalDate getExpectedReturnDate() {
        return expectedReturnDate;
    }

    public Long getPreviousLoanId() {
        return previousLoanId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getShippedBy() {
        return shippedBy;
    }

    public Instant getShippedAt() {
        return shippedAt;
    }

    public String getShipmentNote() {
        return shipmentNote;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<LoanItem> getItems() {
        return items;
    }
}
