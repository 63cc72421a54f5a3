package com.relaycrm.customer.internal;

import com.relaycrm.customer.Contact;
import com.relaycrm.customer.Customer;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactRepository extends JpaRepository<Contact, Long> {

    /**
     * A customer's contacts by name. A query translated once rather than derived from the method name (rebuilt as a
     * criteria query on every call): the service flow asks it for every request it registers.
     */
    @org.springframework.data.jpa.repository.Query("select ct from Contact ct where ct.customerId = ?1 order by ct.name")
    List<Contact> findByCustomerIdOrderByName(Long customerId);

    /**
     * Contacts whose name, email or phone, or whose customer's number (CUST-0001), contains the pattern, with their
     * customer: all, or the owner's customers'.
     */
    @org.springframework.data.jpa.repository.Query("select ct, c from Contact ct, Customer c where c.id = ct.customerId "
            + "and (?2 = true or c.ownerId = ?3) and (lower(c.code) like ?1 escape '\\' or lower(ct.name) like ?1 escape '\\' or lower(ct.email) like ?1 escape '\\' or lower(ct.phone) like ?1 escape '\\') order by ct.name, ct.id")
    List<Object[]> search(String pattern, boolean all, String ownerId, org.springframework.data.domain.Pageable limit);
}
