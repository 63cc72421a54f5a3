package com.relaycrm.service.internal;

import com.relaycrm.service.FactoryRepair;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FactoryRepairRepository extends JpaRepository<FactoryRepair, Long> {

    Optional<FactoryRepair> findByWorkOrderId(Long workOrderId);

    List<FactoryRepair> findByWorkOrderIdIn(List<Long> workOrderIds);
}
