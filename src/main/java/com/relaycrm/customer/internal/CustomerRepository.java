package com.relaycrm.customer.internal;

import com.relaycrm.customer.Customer;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByCode(String code);

    /**
     * The highest number among the codes CUST-&lt;digits&gt;, compared as numbers (CUST-10000 above CUST-9999) and
     * passing over codes that are not CUST- and a number; null when there is none. Same SQL on H2 and PostgreSQL.
     */
    @Query(value = "select max(cast(substr(code, 6) as bigint)) from customer where code like 'CUST-%' "
            + "and length(code) between 6 and 23 "
            + "and translate(substr(code, 6), '123456789', '000000000') = repeat('0', length(code) - 5)",
            nativeQuery = true)
    Long highestCustomerNumber();

    /** Customers whose code, name, email or phone contains the pattern: all, or only the owner's. */
    @Query("select c from Customer c where (?2 = true or c.ownerId = ?3) and (lower(c.code) like ?1 escape '\\' or lower(c.name) like ?1 escape '\\' or lower(c.email) like ?1 escape '\\' or lower(c.phone) like ?1 escape '\\') "
            + "order by c.name, c.id")
    List<Customer> search(String pattern, boolean all, String ownerId, Pageable limit);

    Optional<Customer> findByCardNumber(String cardNumber);

    /** The member holding the card, its row locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Customer c where c.cardNumber = :cardNumber")
    Optional<Customer> lockByCardNumber(String cardNumber);

    Page<Customer> findByOwnerIdOrderByNameAscIdAsc(String ownerId, Pageable page);

    Page<Customer> findAllByOrderByNameAscIdAsc(Pageable page);

    List<Customer> findByCardNumberNotNullAndBirthDateNotNull();
    List<Customer> findByOwnerIdIsNotNullAndCreatedAtBefore(java.time.Instant cutoff);
}
