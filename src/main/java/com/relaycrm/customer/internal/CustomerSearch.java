package com.relaycrm.customer.internal;

import com.relaycrm.customer.Contact;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.common.RecordSearch;
import com.relaycrm.common.Viewer;
import com.relaycrm.organisation.Groups;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Customers and their contacts in the search box, with the customers' data permission (a rep: their own). */
@Component
@Transactional(readOnly = true)
class CustomerSearch implements RecordSearch {

    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final CustomerService customerService;

    CustomerSearch(CustomerRepository customers, ContactRepository contacts, CustomerService customerService) {
        this.customers = customers;
        this.contacts = contacts;
        this.customerService = customerService;
    }

    @Override
    public List<Hit> search(String text, Viewer viewer, int limit) {
        boolean all = customerService.seesAllCustomers(viewer);
        if (!all && !viewer.inAny(Groups.SALES)) {
            return List.of();
        }
        String pattern = RecordSearch.contains(text);
        List<Hit> hits = new ArrayList<>();
        for (Customer c : customers.search(pattern, all, viewer.userId(), PageRequest.of(0, limit))) {
            hits.add(new Hit("customer", c.getCode(), c.getName(),
                    RecordSearch.detail(c.getCode(), c.getPhone(), c.getEmail())));
        }
        for (Object[] row : contacts.search(pattern, all, viewer.userId(), PageRequest.of(0, limit))) {
            Contact contact = (Contact) row[0];
            Customer customer = (Customer) row[1];
            hits.add(new Hit("contact", customer.getCode(), contact.getName(),
                    RecordSearch.detail(customer.getName(), contact.getTitle(), contact.getPhone(),
                            contact.getEmail())));
        }
        return hits;
    }
}
