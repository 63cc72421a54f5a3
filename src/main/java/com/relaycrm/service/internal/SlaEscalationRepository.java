package com.relaycrm.service.internal;

import com.relaycrm.service.SlaEscalation;
import com.relaycrm.service.SlaKind;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaEscalationRepository extends JpaRepository<SlaEscalation, Long> {

    Optional<SlaEscalation> findByServiceRequestIdAndSlaKind(Long serviceRequestId, SlaKind kind);

    List<SlaEscalation> findByServiceRequestIdOrderById(Long serviceRequestId);
}
