package com.relaycrm.expense.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import com.relaycrm.expense.ExpenseRecord;

public interface ExpenseRecordRepository extends JpaRepository<ExpenseRecord, Long> {

    Optional<ExpenseRecord> findByExpenseRequestId(Long expenseRequestId);
}
