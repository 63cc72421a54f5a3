package com.relaycrm.loyalty;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PointsAccountRepository extends JpaRepository<PointsAccount, Long> {

    /** Reads the account and holds its row lock until the transaction ends (select ... for update). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from PointsAccount a where a.customerId = :customerId")
    Optional<PointsAccount> lock(@Param("customerId") long customerId);
}
