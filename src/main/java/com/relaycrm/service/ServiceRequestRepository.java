package com.relaycrm.service;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ServiceRequestRepository extends JpaRepository<ServiceRequest, Long> {

    Page<ServiceRequest> findAllByOrderByIdDesc(Pageable page);

    Optional<ServiceRequest> findByProcessInstanceId(String processInstanceId);

    Optional<ServiceRequest> findFirstByAssetIdAndStatusNotInOrderByIdDesc(Long assetId, Collection<RequestStatus> done);

    @Query("select r from ServiceRequest r where r.id in "
            + "(select w.serviceRequestId from WorkOrder w where w.engineerId = ?1) order by r.id desc")
    Page<ServiceRequest> findWorkedBy(String engineerId, Pageable page);
}
