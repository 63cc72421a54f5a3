package com.relaycrm.loyalty.internal;

import com.relaycrm.loyalty.Consumption;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsumptionRepository extends JpaRepository<Consumption, Long> {

    Optional<Consumption> findBySourceTypeAndExternalId(String sourceType, String externalId);

    Optional<Consumption> findByProcessInstanceId(String processInstanceId);
}
