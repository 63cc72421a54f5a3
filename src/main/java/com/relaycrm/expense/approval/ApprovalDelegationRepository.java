package com.relaycrm.expense.approval;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ApprovalDelegationRepository extends JpaRepository<ApprovalDelegation, Long> {

    List<ApprovalDelegation> findByDelegatorOrderByIdDesc(String delegator);

    @Query("select d from ApprovalDelegation d where d.delegator = ?1 and d.recalledAt is null "
            + "and d.startsAt <= ?2 and d.endsAt > ?2 order by d.id desc")
    List<ApprovalDelegation> findActive(String delegator, Instant at);

    /** {@link #findActive} of several delegators at once. */
    @Query("select d from ApprovalDelegation d where d.delegator in ?1 and d.recalledAt is null "
            + "and d.startsAt <= ?2 and d.endsAt > ?2 order by d.id desc")
    List<ApprovalDelegation> findActiveOf(java.util.Collection<String> delegators, Instant at);

    @Query("select d from ApprovalDelegation d where d.substitute = ?1 and d.recalledAt is null "
            + "and d.startsAt <= ?2 and d.endsAt > ?2 order by d.id desc")
    List<ApprovalDelegation> findActiveFor(String substitute, Instant at);

    /** Ended (by time or recall) but the substitute's delegated tasks not yet given back. */
    @Query("select d from ApprovalDelegation d where d.returnedAt is null and (d.recalledAt is not null or d.endsAt <= ?1)")
    List<ApprovalDelegation> findEndedNotReturned(Instant at);
}
