package com.relaycrm.loyalty;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RedemptionRepository extends JpaRepository<Redemption, Long> {

    Optional<Redemption> findByProcessInstanceId(String processInstanceId);
}
