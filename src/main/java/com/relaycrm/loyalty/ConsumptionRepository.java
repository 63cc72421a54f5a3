package com.relaycrm.loyalty;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsumptionRepository extends JpaRepository<Consumption, Long> {

    Optional<Consumption> findBySourceTypeAndExternalId(String sourceType, String externalId);

    Optional<Consumption> findByProcessInstanceId(String processInstanceId);
}
