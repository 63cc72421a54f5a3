package com.relaycrm.sales.lead;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LeadRepository extends JpaRepository<Lead, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from Lead l where l.id = ?1")
    Optional<Lead> lockById(long id);

    Optional<Lead> findByProcessInstanceId(String processInstanceId);

    Optional<Lead> findFirstByPhoneAndIdNotOrderById(String phone, Long exceptId);

    Optional<Lead> findFirstByEmailIgnoreCaseAndIdNotOrderById(String email, Long exceptId);

    Page<Lead> findByOwnerIdOrderByIdDesc(String ownerId, Pageable page);

    Page<Lead> findByPoolAndStatusOrderByIdDesc(LeadPool pool, LeadStatus status, Pageable page);

    Page<Lead> findAllByOrderByIdDesc(Pageable page);
}
