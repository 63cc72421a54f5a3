package com.relaycrm.customer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerRelationRepository extends JpaRepository<CustomerRelation, Long> {

    List<CustomerRelation> findByCustomerIdOrRelatedCustomerIdOrderById(Long customerId, Long relatedCustomerId);

    boolean existsByCustomerIdAndRelatedCustomerIdAndKind(Long customerId, Long relatedCustomerId,
                                                          CustomerRelation.Kind kind);
}
