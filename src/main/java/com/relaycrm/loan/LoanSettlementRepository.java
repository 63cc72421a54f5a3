package com.relaycrm.loan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LoanSettlementRepository extends JpaRepository<LoanSettlement, Long> {

    List<LoanSettlement> findByLoanIdOrderById(Long loanId);
}
