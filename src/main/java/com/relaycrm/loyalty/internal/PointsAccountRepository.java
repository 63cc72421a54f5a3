package com.relaycrm.loyalty.internal;

import com.relaycrm.loyalty.PointsAccount;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PointsAccountRepository extends JpaRepository<PointsAccount, Long> {

    /** Reads the account and holds its row lock until the transaction ends (select ... for update). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from PointsAccount a where a.customerId = :customerId")
    Optional<PointsAccount> lock(@Param("customerId") long customerId);

    /**
     * Tier, number of members, available points; ordered by tier. Every member (a customer with a card) counts, with
     * or without a points account yet: a member who never earned a point is a member with 0 points.
     */
    @Query("select c.memberTier, count(c), coalesce(sum(a.availablePoints), 0) from Customer c "
            + "left join PointsAccount a on a.customerId = c.id where c.cardNumber is not null "
            + "group by c.memberTier order by c.memberTier")
    List<Object[]> totalsByTier();
}
