package com.relaycrm.service.internal;

import com.relaycrm.service.PartUsage;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartUsageRepository extends JpaRepository<PartUsage, Long> {

    List<PartUsage> findByWorkOrderIdInOrderById(List<Long> workOrderIds);
}
