package com.relaycrm.service.internal;

import com.relaycrm.service.Settlement;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SettlementRepository extends JpaRepository<Settlement, Long> {

    Optional<Settlement> findByServiceRequestId(Long serviceRequestId);
}
