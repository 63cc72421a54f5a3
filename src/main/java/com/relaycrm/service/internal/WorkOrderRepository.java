package com.relaycrm.service.internal;

import com.relaycrm.service.WorkOrder;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkOrderRepository extends JpaRepository<WorkOrder, Long> {

    List<WorkOrder> findByServiceRequestIdOrderById(Long serviceRequestId);

    /** The request's latest work order (a query translated once, not a derived one built on every call). */
    @Query("select w from WorkOrder w where w.serviceRequestId = ?1 order by w.id desc limit 1")
    java.util.Optional<WorkOrder> findFirstByServiceRequestIdOrderByIdDesc(Long serviceRequestId);

    boolean existsByServiceRequestIdAndEngineerId(Long serviceRequestId, String engineerId);
}
