package com.relaycrm.serviceplan;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ServicePlanRepository extends JpaRepository<ServicePlan, Long> {

    boolean existsByPlanKey(String planKey);

    /** Every plan, soonest due first (index ix_service_plan_due_id). */
    Page<ServicePlan> findAllByOrderByDueDateAscIdAsc(Pageable page);

    /** The plans assigned to the user, soonest due first (ix_service_plan_assignee_due). */
    Page<ServicePlan> findByAssigneeIdOrderByDueDateAscIdAsc(String assigneeId, Pageable page);

    /** The plans assigned to the user or offered to one of the groups, soonest due first. */
    @Query("select p from ServicePlan p where p.assigneeId = :user or p.candidateGroup in :groups"
            + " order by p.dueDate, p.id")
    Page<ServicePlan> findAssignedOrOffered(String user, Collection<String> groups, Pageable page);

    List<ServicePlan> findByCustomerIdOrderById(Long customerId);

    /**
     * A customer's plans after a timeline position, newest first (ix_service_plan_customer): all of them, or those
     * assigned to the user or offered to one of the groups ({@link ServicePlanService#maySee}).
     */
    @Query("select p from ServicePlan p where p.customerId = :customerId"
            + " and (:all = true or p.assigneeId = :user or p.candidateGroup in :groups)"
            + " and (p.createdAt < :at or (p.createdAt = :at and p.id < :idBelow))"
            + " order by p.createdAt desc, p.id desc")
    List<ServicePlan> ofCustomerBefore(long customerId, boolean all, String user, Collection<String> groups,
                                       Instant at, long idBelow, Pageable limit);
}
