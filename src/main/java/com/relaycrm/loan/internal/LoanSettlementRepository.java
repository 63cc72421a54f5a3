package com.relaycrm.loan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import com.relaycrm.loan.LoanSettlement;

public interface LoanSettlementRepository extends JpaRepository<LoanSettlement, Long> {

    List<LoanSettlement> findByLoanIdOrderById(Long loanId);
}
