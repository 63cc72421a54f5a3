package com.relaycrm.service;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReturnVisitRepository extends JpaRepository<ReturnVisit, Long> {

    Optional<ReturnVisit> findByServiceRequestId(Long serviceRequestId);

    java.util.List<ReturnVisit> findByServiceRequestIdIn(java.util.Collection<Long> serviceRequestIds);
}
