package com.relaycrm.loan.internal;

import com.relaycrm.loan.AlertKind;
import com.relaycrm.loan.LoanAlert;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LoanAlertRepository extends JpaRepository<LoanAlert, Long> {

    Optional<LoanAlert> findByLoanIdAndKind(Long loanId, AlertKind kind);

    List<LoanAlert> findByLoanIdOrderById(Long loanId);

    List<LoanAlert> findByLoanIdAndResolvedAtIsNull(Long loanId);
}
