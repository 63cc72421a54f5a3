package com.relaycrm.expense.internal;

import com.relaycrm.expense.ExpenseRecord;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpenseRecordRepository extends JpaRepository<ExpenseRecord, Long> {

    Optional<ExpenseRecord> findByExpenseRequestId(Long expenseRequestId);
}
