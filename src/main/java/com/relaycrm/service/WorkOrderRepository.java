package com.relaycrm.service;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkOrderRepository extends JpaRepository<WorkOrder, Long> {

    List<WorkOrder> findByServiceRequestIdOrderById(Long serviceRequestId);

    java.util.Optional<WorkOrder> findFirstByServiceRequestIdOrderByIdDesc(Long serviceRequestId);

    boolean existsByServiceRequestIdAndEngineerId(Long serviceRequestId, String engineerId);
}
