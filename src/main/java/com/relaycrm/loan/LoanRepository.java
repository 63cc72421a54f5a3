package com.relaycrm.loan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface LoanRepository extends JpaRepository<Loan, Long> {

    Page<Loan> findByOwnerIdOrderByIdDesc(String ownerId, Pageable page);

    Page<Loan> findAllByOrderByIdDesc(Pageable page);

    List<Loan> findByStatusIn(List<LoanStatus> statuses);

    /**
     * Approved loans not shipped by their date and shipped loans not back by theirs, as of {@code today}, with their
     * items in the same query.
     */
    @org.springframework.data.jpa.repository.Query("select distinct l from Loan l left join fetch l.items where "
            + "(l.status = com.relaycrm.loan.LoanStatus.APPROVED and l.expectedShipDate < :today) or "
            + "(l.status = com.relaycrm.loan.LoanStatus.SHIPPED and l.expectedReturnDate < :today)")
    List<Loan> findOverdue(java.time.LocalDate today);

    Optional<Loan> findByProcessInstanceId(String processInstanceId);
}
