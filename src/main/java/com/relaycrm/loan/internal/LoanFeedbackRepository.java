package com.relaycrm.loan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import com.relaycrm.loan.LoanFeedback;

public interface LoanFeedbackRepository extends JpaRepository<LoanFeedback, Long> {

    List<LoanFeedback> findByLoanIdOrderById(Long loanId);

    boolean existsByLoanId(Long loanId);
}
