package com.relaycrm.service.internal;

import com.relaycrm.service.WorkOrder;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkOrderRepository extends JpaRepository<WorkOrder, Long> {

    List<WorkOrder> findByServiceRequestIdOrderById(Long serviceRequestId);

    java.util.Optional<WorkOrder> findFirstByServiceRequestIdOrderByIdDesc(Long serviceRequestId);

    boolean existsByServiceRequestIdAndEngineerId(Long serviceRequestId, String engineerId);
}
