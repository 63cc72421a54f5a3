package com.relaycrm.loyalty;

import jakarta.persistence.LockModeType;
import java.util.List;
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

    /** Tier, number of members, available points; ordered by tier. */
    @Query("select a.tier, count(a), coalesce(sum(a.availablePoints), 0) from PointsAccount a group by a.tier order by a.tier")
    List<Object[]> totalsByTier();
}
