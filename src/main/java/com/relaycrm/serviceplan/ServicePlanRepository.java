package com.relaycrm.serviceplan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServicePlanRepository extends JpaRepository<ServicePlan, Long> {

    boolean existsByPlanKey(String planKey);

    List<ServicePlan> findAllByOrderByDueDateAscIdAsc();

    List<ServicePlan> findByAssigneeIdOrderByDueDateAscIdAsc(String assigneeId);

    List<ServicePlan> findByCustomerIdOrderById(Long customerId);
}
