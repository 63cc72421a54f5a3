package com.relaycrm.service;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlaEscalationRepository extends JpaRepository<SlaEscalation, Long> {

    Optional<SlaEscalation> findByServiceRequestIdAndSlaKind(Long serviceRequestId, SlaKind kind);

    List<SlaEscalation> findByServiceRequestIdOrderById(Long serviceRequestId);
}
