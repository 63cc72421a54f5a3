package com.relaycrm.loan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LoanFeedbackRepository extends JpaRepository<LoanFeedback, Long> {

    List<LoanFeedback> findByLoanIdOrderById(Long loanId);

    boolean existsByLoanId(Long loanId);
}
