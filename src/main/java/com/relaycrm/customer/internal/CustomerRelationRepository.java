package com.relaycrm.customer.internal;

import com.relaycrm.customer.CustomerRelation;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerRelationRepository extends JpaRepository<CustomerRelation, Long> {

    List<CustomerRelation> findByCustomerIdOrRelatedCustomerIdOrderById(Long customerId, Long relatedCustomerId);

    boolean existsByCustomerIdAndRelatedCustomerIdAndKind(Long customerId, Long relatedCustomerId,
                                                          CustomerRelation.Kind kind);
}
