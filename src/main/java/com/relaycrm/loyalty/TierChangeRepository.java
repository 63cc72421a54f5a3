package com.relaycrm.loyalty;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TierChangeRepository extends JpaRepository<TierChange, Long> {

    List<TierChange> findByCustomerIdOrderById(Long customerId);
}
