package com.relaycrm.loyalty.internal;

import com.relaycrm.loyalty.Redemption;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RedemptionRepository extends JpaRepository<Redemption, Long> {

    Optional<Redemption> findByProcessInstanceId(String processInstanceId);
}
