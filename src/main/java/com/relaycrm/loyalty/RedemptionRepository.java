package com.relaycrm.loyalty;

import org.springframework.data.jpa.repository.JpaRepository;

interface RedemptionRepository extends JpaRepository<Redemption, Long> {
}
