package com.relaycrm.loan.internal;

import com.relaycrm.loan.LoanSettlement;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LoanSettlementRepository extends JpaRepository<LoanSettlement, Long> {

    List<LoanSettlement> findByLoanIdOrderById(Long loanId);
}
