package com.relaycrm.loyalty.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpiryWarningRepository extends JpaRepository<ExpiryWarning, Long> {

    boolean existsByCustomerIdAndExpiresOn(Long customerId, LocalDate expiresOn);

    List<ExpiryWarning> findByCustomerIdOrderById(Long customerId);
}
