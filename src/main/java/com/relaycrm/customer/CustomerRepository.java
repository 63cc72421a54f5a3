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
