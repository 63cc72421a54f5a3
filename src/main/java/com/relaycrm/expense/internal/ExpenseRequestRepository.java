package com.relaycrm.expense.internal;

import com.relaycrm.expense.ApprovalStep;
import com.relaycrm.expense.ExpenseRequest;
import com.relaycrm.expense.LinkType;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ExpenseRequestRepository extends JpaRepository<ExpenseRequest, Long> {

    Page<ExpenseRequest> findAllByOrderByIdDesc(Pageable page);

    /** Per department, type and currency: requests raised in the period (not cancelled), amount asked and paid. */
    @Query("select r.departmentCode, r.expenseType, r.currency, count(r), sum(r.amount), sum(case when r.status = "
            + "com.relaycrm.expense.ExpenseStatus.PAID then r.amount else 0 end) from ExpenseRequest r "
            + "where r.createdAt >= ?1 and r.createdAt < ?2 and r.status <> com.relaycrm.expense.ExpenseStatus.CANCELLED "
            + "group by r.departmentCode, r.expenseType, r.currency order by r.departmentCode, r.expenseType, r.currency")
    List<Object[]> totalsByDepartmentAndType(java.time.Instant from, java.time.Instant to);

    /**
     * Requests linked to the record created before the timeline cursor (at, id), newest first: all of them, or those
     * the user raised or has acted on, or has been given, at some level (as {@link #findVisibleTo}).
     */
    @Query("select r from ExpenseRequest r where r.linkType = ?1 and r.linkId = ?2 "
            + "and (r.createdAt < ?3 or (r.createdAt = ?3 and r.id < ?4)) and (?5 = true or r.requesterId = ?6 "
            + "or r.id in (select s.expenseRequestId from ApprovalStep s where s.actedBy = ?6 or s.onBehalfOf = ?6 "
            + "or s.transferTo = ?6 or s.approver = ?7 or s.approver in ?8)) order by r.createdAt desc, r.id desc")
    List<ExpenseRequest> linkedBefore(LinkType linkType, Long linkId, java.time.Instant at, long idBelow, boolean all,
                                      String userId, String userApprover, List<String> groupApprovers, Pageable page);

    java.util.Optional<ExpenseRequest> findByRequestNumber(String requestNumber);

    /** Requests the user raised or has acted on, or has been given, at some level. */
    @Query("select r from ExpenseRequest r where r.requesterId = ?1 or r.id in (select s.expenseRequestId from "
            + "ApprovalStep s where s.actedBy = ?1 or s.onBehalfOf = ?1 or s.transferTo = ?1 or s.approver = ?2 "
            + "or s.approver in ?3) order by r.id desc")
    Page<ExpenseRequest> findVisibleTo(String userId, String userApprover, List<String> groupApprovers,
                                       Pageable page);
}
