package com.relaycrm.loan.internal;

import com.relaycrm.loan.Loan;
import com.relaycrm.loan.LoanStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LoanRepository extends JpaRepository<Loan, Long> {

    /** A customer's loans after a timeline position, newest first: all, or only the owner's. */
    @org.springframework.data.jpa.repository.Query("select l from Loan l where l.customerId = ?1 and "
            + "(?2 = true or l.ownerId = ?3) and (l.requestedAt < ?4 or (l.requestedAt = ?4 and l.id < ?5)) "
            + "order by l.requestedAt desc, l.id desc")
    List<Loan> ofCustomer(Long customerId, boolean all, String ownerId, java.time.Instant at, long idBelow, org.springframework.data.domain.Pageable limit);

    Page<Loan> findByOwnerIdOrderByIdDesc(String ownerId, Pageable page);

    Page<Loan> findAllByOrderByIdDesc(Pageable page);

    List<Loan> findByStatusIn(List<LoanStatus> statuses);

    Optional<Loan> findByLoanNumber(String loanNumber);

    Optional<Loan> findByProcessInstanceId(String processInstanceId);
}
