package com.relaycrm.loan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LoanRepository extends JpaRepository<Loan, Long> {

    List<Loan> findByOwnerIdOrderByIdDesc(String ownerId);

    List<Loan> findAllByOrderByIdDesc();

    List<Loan> findByStatusIn(List<LoanStatus> statuses);

    Optional<Loan> findByProcessInstanceId(String processInstanceId);
}
