package com.relaycrm.customer.internal;

import com.relaycrm.customer.CustomerContact;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerContactRepository extends JpaRepository<CustomerContact, Long> {

    List<CustomerContact> findByCustomerIdOrderByRecordedAtDescIdDesc(Long customerId);

    /** The customer's contacts after a timeline cursor, newest first (see common/Timeline). */
    @org.springframework.data.jpa.repository.Query("select c from CustomerContact c where c.customerId = ?1 and "
            + "(c.recordedAt < ?2 or (c.recordedAt = ?2 and c.id < ?3)) order by c.recordedAt desc, c.id desc")
    List<CustomerContact> timeline(Long customerId, java.time.Instant at, long idBelow,
                                   org.springframework.data.domain.Pageable limit);
}
