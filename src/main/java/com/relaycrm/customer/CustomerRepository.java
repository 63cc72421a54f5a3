package com.relaycrm.customer;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByCode(String code);

    /** The highest code of the given prefix, zero-padded codes sorting by number. */
    Optional<Customer> findTopByCodeStartingWithOrderByCodeDesc(String prefix);

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
