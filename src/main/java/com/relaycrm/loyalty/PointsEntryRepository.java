package com.relaycrm.loyalty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PointsEntryRepository extends JpaRepository<PointsEntry, Long> {

    Page<PointsEntry> findByCustomerIdOrderByIdDesc(Long customerId, Pageable pageable);

    List<PointsEntry> findByCustomerIdOrderById(Long customerId);

    Optional<PointsEntry> findFirstByCustomerIdAndEntryTypeAndSourceReference(Long customerId, EntryType entryType,
                                                                             String sourceReference);

    @Query("select coalesce(sum(e.points), 0) from PointsEntry e where e.customerId = :customerId")
    long sumPoints(@Param("customerId") long customerId);

    /** Points given with an expiry on or before the day (earned lots that may have expired). */
    @Query("select coalesce(sum(e.points), 0) from PointsEntry e where e.customerId = :customerId and e.points > 0"
            + " and e.expiresOn is not null and e.expiresOn < :day")
    long sumExpiringBefore(@Param("customerId") long customerId, @Param("day") LocalDate day);

    /** Points taken away (redeemed, expired, negative corrections): they used up the oldest lots first. */
    @Query("select coalesce(sum(-e.points), 0) from PointsEntry e where e.customerId = :customerId and e.points < 0")
    long sumDebits(@Param("customerId") long customerId);

    @Query("select distinct e.customerId from PointsEntry e where e.points > 0 and e.expiresOn < :day")
    List<Long> customersWithPointsExpiringBefore(@Param("day") LocalDate day);

    /** Entry type, number of entries, sum of points; ordered by entry type. */
    @Query("select e.entryType, count(e), coalesce(sum(e.points), 0) from PointsEntry e group by e.entryType order by e.entryType")
    List<Object[]> totalsByEntryType();
}
