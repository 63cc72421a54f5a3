package com.relaycrm.serviceplan;

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
}
