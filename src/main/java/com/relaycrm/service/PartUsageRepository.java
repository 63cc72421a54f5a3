package com.relaycrm.service;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartUsageRepository extends JpaRepository<PartUsage, Long> {

    List<PartUsage> findByWorkOrderIdInOrderById(List<Long> workOrderIds);
}
