package com.relaycrm.loan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import com.relaycrm.loan.StockMovement;

public interface StockMovementRepository extends JpaRepository<StockMovement, Long> {

    List<StockMovement> findByLoanIdOrderById(Long loanId);
}
