package com.relaycrm.customer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByCode(String code);

    Optional<Customer> findByCardNumber(String cardNumber);

    List<Customer> findByOwnerIdOrderByName(String ownerId);

    List<Customer> findAllByOrderByName();

    List<Customer> findByCardNumberNotNullAndBirthDateNotNull();
    List<Customer> findByOwnerIdIsNotNullAndCreatedAtBefore(java.time.Instant cutoff);
}
