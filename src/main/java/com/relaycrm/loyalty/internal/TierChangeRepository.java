package com.relaycrm.loyalty.internal;

import com.relaycrm.loyalty.TierChange;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TierChangeRepository extends JpaRepository<TierChange, Long> {

    List<TierChange> findByCustomerIdOrderById(Long customerId);
}
