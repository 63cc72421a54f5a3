package com.relaycrm.loyalty.internal;

import com.relaycrm.loyalty.EntryType;
import com.relaycrm.loyalty.PointsEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PointsEntryRepository extends JpaRepository<PointsEntry, Long> {

    Page<PointsEntry> findByCustomerIdOrderByIdDesc(Long customerId, Pageable pageable);

    List<PointsEntry> findByCustomerIdOrderById(Long customerId);

    /** A member's entries after a timeline position, newest first. */
    @org.springframework.data.jpa.repository.Query("select e from PointsEntry e where e.customerId = ?1 and "
            + "(e.createdAt < ?2 or (e.createdAt = ?2 and e.id < ?3)) order by e.createdAt desc, e.id desc")
    List<PointsEntry> timeline(Long customerId, java.time.Instant at, long idBelow, org.springframework.data.domain.Pageable limit);

    Optional<PointsEntry> findFirstByCustomerIdAndEntryTypeAndSourceReference(Long customerId, EntryType entryType,
                                                                             String sourceReference);

    @Query("select coalesce(sum(e.points), 0) from PointsEntry e where e.customerId = :customerId")
    long sumPoints(@Param("customerId") long customerId);

    /** Points given with an expiry on or before the day (earned lots that may have expired). */
    @Query("select coalesce(sum(e.points), 0) from PointsEntry e where e.customerId = :customerId and e.points > 0"
            + " and e.expiresOn is not null and e.expiresOn < :day")
    long sumExpiringBefore(@Param("customerId") long customerId, @Param("day") LocalDate day);

    /** The first day in the window on which some of the member's points expire, or null. */
    @Query("select min(e.expiresOn) from PointsEntry e where e.customerId = :customerId and e.points > 0"
            + " and e.expiresOn >= :from and e.expiresOn <= :until")
    LocalDate earliestExpiryBetween(@Param("customerId") long customerId, @Param("from") LocalDate from,
                                    @Param("until") LocalDate until);

    /** Points taken away (redeemed, expired, negative corrections): they used up the oldest lots first. */
    @Query("select coalesce(sum(-e.points), 0) from PointsEntry e where e.customerId = :customerId and e.points < 0")
    long sumDebits(@Param("customerId") long customerId);

    /**
     * Members with points left to expire before the day: more given with an expiry before it than has been taken
     * away since (see {@link PointsExpiryService}); members already swept are not asked again.
     */
    @Query("select e.customerId from PointsEntry e group by e.customerId having"
            + " sum(case when e.points > 0 and e.expiresOn < :day then e.points else 0 end)"
            + " > sum(case when e.points < 0 then -e.points else 0 end)")
    List<Long> customersWithPointsToExpireBefore(@Param("day") LocalDate day);

    /** Entry type, number of entries, sum of points; ordered by entry type. */
    @Query("select e.entryType, count(e), coalesce(sum(e.points), 0) from PointsEntry e group by e.entryType order by e.entryType")
    List<Object[]> totalsByEntryType();
}
