package com.relaycrm.service.internal;

import com.relaycrm.service.ReturnVisit;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReturnVisitRepository extends JpaRepository<ReturnVisit, Long> {

    /** A query translated once, not a derived one built on every call (the survey step asks it). */
    @Query("select v from ReturnVisit v where v.serviceRequestId = ?1")
    Optional<ReturnVisit> findByServiceRequestId(Long serviceRequestId);

    /**
     * The return visits of the requests opened in [from, to): joined in the database rather than asked for by a list
     * of request ids, which PostgreSQL's driver caps at 65,535 parameters a statement.
     */
    @Query("select v from ReturnVisit v, ServiceRequest r where r.id = v.serviceRequestId "
            + "and r.createdAt >= :from and r.createdAt < :to")
    List<ReturnVisit> ofRequestsOpened(@Param("from") Instant from, @Param("to") Instant to);
}
