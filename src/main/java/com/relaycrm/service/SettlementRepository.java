package com.relaycrm.service;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SettlementRepository extends JpaRepository<Settlement, Long> {

    Optional<Settlement> findByServiceRequestId(Long serviceRequestId);
}
