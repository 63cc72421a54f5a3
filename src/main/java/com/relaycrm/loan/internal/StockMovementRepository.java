package com.relaycrm.loan.internal;

import com.relaycrm.loan.StockMovement;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StockMovementRepository extends JpaRepository<StockMovement, Long> {

    List<StockMovement> findByLoanIdOrderById(Long loanId);
}
