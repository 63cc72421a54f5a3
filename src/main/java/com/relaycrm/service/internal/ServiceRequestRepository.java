package com.relaycrm.service.internal;

import com.relaycrm.service.RequestStatus;
import com.relaycrm.service.ServiceRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ServiceRequestRepository extends JpaRepository<ServiceRequest, Long> {

    Page<ServiceRequest> findAllByOrderByIdDesc(Pageable page);

    /** A customer's requests after a timeline position, newest first: all, or only those worked by the engineer. */
    @Query("select r from ServiceRequest r where r.customerId = ?1 and (?2 = true or r.id in (select w.serviceRequestId "
            + "from WorkOrder w where w.engineerId = ?3)) and (r.createdAt < ?4 or (r.createdAt = ?4 and r.id < ?5)) "
            + "order by r.createdAt desc, r.id desc")
    java.util.List<ServiceRequest> ofCustomer(Long customerId, boolean all, String engineerId, java.time.Instant at, long idBelow, org.springframework.data.domain.Pageable limit);

    /**
     * Requests with the given number, or whose number or subject contains the pattern: all, or only those worked by
     * the engineer.
     */
    @Query("select r from ServiceRequest r where (?2 = true or r.id in (select w.serviceRequestId from WorkOrder w "
            + "where w.engineerId = ?3)) and (r.requestNumber = ?4 or lower(r.requestNumber) like ?1 escape '\\' or lower(r.subject) like ?1 escape '\\') order by r.id desc")
    java.util.List<ServiceRequest> search(String pattern, boolean all, String engineerId, String number,
                                          Pageable limit);

    java.util.List<ServiceRequest> findByCreatedAtGreaterThanEqualAndCreatedAtLessThan(java.time.Instant from,
                                                                                     java.time.Instant to);

    Optional<ServiceRequest> findByRequestNumber(String requestNumber);

    /** The request a user opened under an Idempotency-Key. */
    Optional<ServiceRequest> findByCreatedByAndIdempotentEntryIdempotencyKey(String createdBy, String idempotencyKey);

    /**
     * Every step of the process finds its record so. Written as a query rather than derived from the method name:
     * a derived query is built again as a criteria query on every call, this one is translated once (the service
     * flow asks it at each of its steps).
     */
    @Query("select r from ServiceRequest r where r.processInstanceId = ?1")
    Optional<ServiceRequest> findByProcessInstanceId(String processInstanceId);

    Optional<ServiceRequest> findFirstByAssetIdAndStatusNotInOrderByIdDesc(Long assetId, Collection<RequestStatus> done);

    @Query("select r from ServiceRequest r where r.id in "
            + "(select w.serviceRequestId from WorkOrder w where w.engineerId = ?1) order by r.id desc")
    Page<ServiceRequest> findWorkedBy(String engineerId, Pageable page);
}
