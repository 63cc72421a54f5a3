package com.relaycrm.customer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerContactRepository extends JpaRepository<CustomerContact, Long> {

    List<CustomerContact> findByCustomerIdOrderByRecordedAtDescIdDesc(Long customerId);
}
