package com.relaycrm.expense;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpenseRecordRepository extends JpaRepository<ExpenseRecord, Long> {

    Optional<ExpenseRecord> findByExpenseRequestId(Long expenseRequestId);
}
