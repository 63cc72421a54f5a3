package com.relaycrm.sales.lead.internal;

import com.relaycrm.sales.lead.Lead;
import com.relaycrm.sales.lead.LeadPool;
import com.relaycrm.sales.lead.LeadStatus;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface LeadRepository extends JpaRepository<Lead, Long> {

    /** Per source: leads entered in the period, and how many of them were converted. */
    @org.springframework.data.jpa.repository.Query("select l.source, count(l), sum(case when l.status = "
            + "com.relaycrm.sales.lead.LeadStatus.CONVERTED then 1 else 0 end) from Lead l "
            + "where l.createdAt >= ?1 and l.createdAt < ?2 group by l.source order by l.source")
    java.util.List<Object[]> conversionBySource(java.time.Instant from, java.time.Instant to);

    /**
     * Leads whose id is the given one (typed as LEAD-12) or whose name, company, phone or email contains the pattern:
     * all, or the holder's and the public pool's.
     */
    @org.springframework.data.jpa.repository.Query("select l from Lead l where (?2 = true or l.ownerId = ?3 or "
            + "(l.pool = com.relaycrm.sales.lead.LeadPool.PUBLIC and l.status = com.relaycrm.sales.lead.LeadStatus.IN_POOL)) "
            + "and (l.id = ?4 or lower(l.name) like ?1 escape '\\' or lower(l.company) like ?1 escape '\\' or lower(l.phone) like ?1 escape '\\' or lower(l.email) like ?1 escape '\\') order by l.id desc")
    java.util.List<Lead> search(String pattern, boolean all, String ownerId, long id,
                                org.springframework.data.domain.Pageable limit);

    /** The customer page's leads: those of the customer the viewer may see (as LeadService.lead), newest first. */
    @org.springframework.data.jpa.repository.Query("select l from Lead l where l.customerId = ?1 and (?2 = true or "
            + "l.ownerId = ?3 or (l.pool = com.relaycrm.sales.lead.LeadPool.PUBLIC and "
            + "l.status = com.relaycrm.sales.lead.LeadStatus.IN_POOL)) order by l.createdAt desc, l.id desc")
    java.util.List<Lead> ofCustomer(Long customerId, boolean all, String ownerId,
                                    org.springframework.data.domain.Pageable limit);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from Lead l where l.id = ?1")
    Optional<Lead> lockById(long id);

    Optional<Lead> findByProcessInstanceId(String processInstanceId);

    /** The lead this user entered under this Idempotency-Key (unique per user). */
    Optional<Lead> findByCreatedByAndIdempotentEntryIdempotencyKey(String createdBy, String idempotencyKey);

    Optional<Lead> findFirstByPhoneAndIdNotOrderById(String phone, Long exceptId);

    Optional<Lead> findFirstByEmailIgnoreCaseAndIdNotOrderById(String email, Long exceptId);

    Page<Lead> findByOwnerIdOrderByIdDesc(String ownerId, Pageable page);

    Page<Lead> findByPoolAndStatusOrderByIdDesc(LeadPool pool, LeadStatus status, Pageable page);

    Page<Lead> findAllByOrderByIdDesc(Pageable page);
}
