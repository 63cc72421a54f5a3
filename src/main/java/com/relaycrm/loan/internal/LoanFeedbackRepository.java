package com.relaycrm.loan.internal;

import com.relaycrm.loan.LoanFeedback;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LoanFeedbackRepository extends JpaRepository<LoanFeedback, Long> {

    List<LoanFeedback> findByLoanIdOrderById(Long loanId);

    boolean existsByLoanId(Long loanId);
}
