package com.relaycrm.sales.opportunity;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OpportunityRepository extends JpaRepository<Opportunity, Long> {

    /** Opportunities whose name contains the pattern or whose id is the given one: all, or only the owner's. */
    @org.springframework.data.jpa.repository.Query("select o from Opportunity o where (?2 = true or o.ownerId = ?3) "
            + "and (lower(o.name) like ?1 escape '\\' or o.id = ?4) order by o.id desc")
    java.util.List<Opportunity> search(String pattern, boolean all, String ownerId, long id,
                                       org.springframework.data.domain.Pageable limit);

    /** A customer's opportunities after a timeline position, newest first: all, or only the owner's. */
    @org.springframework.data.jpa.repository.Query("select o from Opportunity o where o.customerId = ?1 and "
            + "(?2 = true or o.ownerId = ?3) and (o.createdAt < ?4 or (o.createdAt = ?4 and o.id < ?5)) "
            + "order by o.createdAt desc, o.id desc")
    java.util.List<Opportunity> ofCustomer(Long customerId, boolean all, String ownerId, java.time.Instant at, long idBelow, org.springframework.data.domain.Pageable limit);

    Page<Opportunity> findByOwnerIdOrderByIdDesc(String ownerId, Pageable page);

    Page<Opportunity> findAllByOrderByIdDesc(Pageable page);

    /** The funnel's cells: not-lost opportunities, of all owners or of one, added up in the database. */
    @org.springframework.data.jpa.repository.Query(FUNNEL_CELLS + FUNNEL_GROUPS)
    List<FunnelCell> funnelCells(boolean all, String owner);

    /** The same for expected-close dates from {@code from} to {@code to} (both included; no date, no cell). */
    @org.springframework.data.jpa.repository.Query(FUNNEL_CELLS
            + " and o.expectedCloseOn between :from and :to" + FUNNEL_GROUPS)
    List<FunnelCell> funnelCells(boolean all, String owner, java.time.LocalDate from, java.time.LocalDate to);

    String FUNNEL_CELLS = "select new com.relaycrm.sales.opportunity.FunnelCell(o.stage, o.ownerId, o.departmentCode,"
            + " extract(year from o.expectedCloseOn), extract(month from o.expectedCloseOn), count(o), sum(o.amount))"
            + " from Opportunity o where o.status <> com.relaycrm.sales.opportunity.OpportunityStatus.LOST"
            + " and (:all = true or o.ownerId = :owner)";

    String FUNNEL_GROUPS = " group by o.stage, o.ownerId, o.departmentCode, extract(year from o.expectedCloseOn),"
            + " extract(month from o.expectedCloseOn)";

    java.util.Optional<Opportunity> findByProcessInstanceId(String processInstanceId);

    List<Opportunity> findByStatusAndLastActivityAtBefore(OpportunityStatus status, java.time.Instant cutoff);

    @org.springframework.data.jpa.repository.Query(
            "select distinct o.customerId from Opportunity o where o.lastActivityAt >= ?1")
    java.util.Set<Long> customersWithActivitySince(java.time.Instant since);
}
