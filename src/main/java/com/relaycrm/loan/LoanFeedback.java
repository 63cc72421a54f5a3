package com.relaycrm.loan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The customer's feedback on a loan (反馈单): problems and needs found during the trial. */
@Entity
public class LoanFeedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long loanId;
    private String feedback;
    private String recordedBy;
    private Instant recordedAt;

    protected LoanFeedback() {
    }

    LoanFeedback(long loanId, String feedback, String recordedBy) {
        this.loanId = loanId;
        this.feedback = feedback;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getLoanId() {
        return loanId;
    }

    public String getFeedback() {
        return feedback;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
