package com.relaycrm.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.relaycrm.common.RecordSearch.Hit;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerCommands.NewContact;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.sales.SalesFixtures;
import com.relaycrm.sales.lead.Lead;
import com.relaycrm.sales.lead.LeadCommands.NewLead;
import com.relaycrm.sales.lead.LeadService;
import com.relaycrm.sales.opportunity.Opportunity;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewOpportunity;
import com.relaycrm.sales.opportunity.OpportunityService;
import com.relaycrm.service.RequestType;
import com.relaycrm.service.ServiceRequest;
import com.relaycrm.service.ServiceRequestCommands.NewServiceRequest;
import com.relaycrm.service.ServiceRequestService;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search box finds every kind of record by its number, typed in any case — a customer by its code (CUST-0001),
 * with its contacts (they have no number of their own and are shown on the customer's page), a service request by
 * SR-000123 or SR-123, a lead by LEAD-12, an opportunity by OPP-12 — and still only within the user's data
 * permission: another rep typing the same number finds nothing of it.
 */
@RelayIntegrationTest
class SearchByNumberTest {

    private static final Viewer MANAGER = new Viewer("salesmgr1", List.of("sales-manager", "sales"));

    @Autowired SearchService search;
    @Autowired SalesFixtures sales;
    @Autowired Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired LeadService leads;
    @Autowired OpportunityService opportunities;
    @Autowired ServiceRequestService desk;

    String rep;
    String otherRep;
    Customer own;

    @BeforeEach
    void twoRepsInTwoDepartments() {
        String department = sales.department();
        rep = sales.rep(department, 5);
        otherRep = sales.rep(sales.department(), 5);
        own = sales.customerOf(rep, department);
        customers.addContact(own.getId(), new NewContact("Contact of " + own.getCode(), "Buyer", null, null, null),
                Fixtures.ADMIN);
    }

    @Test
    void aLeadIsFoundByItsNumberByItsHolderAndManagersOnly() {
        String department = sales.department();
        String holder = sales.rep(department, 5);
        Lead lead = leads.create(new NewLead("Number search lead", "Lead Co", null, null, null, department, null, null),
                MANAGER);
        assertThat(leads.lead(lead.getId(), Fixtures.ADMIN).getOwnerId()).isEqualTo(holder);
        String key = "LEAD-" + lead.getId();

        assertThat(search.search(key, sales.viewer(holder))).extracting(Hit::type, Hit::key)
                .containsExactly(tuple("lead", key));
        assertThat(search.search(key.toLowerCase(), sales.viewer(holder))).extracting(Hit::key).containsExactly(key);
        assertThat(search.search(key, MANAGER)).extracting(Hit::type, Hit::key).contains(tuple("lead", key));
        assertThat(search.search(key, sales.viewer(otherRep))).extracting(Hit::key).doesNotContain(key);
        assertThat(search.search(key, Fixtures.SERVICE1)).extracting(Hit::key).doesNotContain(key);
    }

    @Test
    void anOpportunityIsFoundByItsNumberByItsOwnerAndManagersOnly() {
        Opportunity deal = opportunities.open(new NewOpportunity(own.getId(), "Number search deal",
                new BigDecimal("1000.00"), LocalDate.now().plusMonths(1)), sales.viewer(rep));
        String key = "OPP-" + deal.getId();

        assertThat(search.search(key, sales.viewer(rep))).extracting(Hit::type, Hit::key)
                .containsExactly(tuple("opportunity", key));
        assertThat(search.search(key.toLowerCase(), MANAGER)).extracting(Hit::key).contains(key);
        assertThat(search.search(key, sales.viewer(otherRep))).extracting(Hit::key).doesNotContain(key);
    }

    @Test
    void aCustomerAndItsContactsAreFoundByTheCustomersNumberByItsOwnerOnly() {
        List<Hit> forOwner = search.search(own.getCode(), sales.viewer(rep));
        assertThat(forOwner).extracting(Hit::type, Hit::key).containsExactly(
                tuple("customer", own.getCode()), tuple("contact", own.getCode()));
        assertThat(forOwner.get(1).title()).isEqualTo("Contact of " + own.getCode());
        assertThat(search.search(own.getCode().toLowerCase(), sales.viewer(rep))).hasSize(2);
        assertThat(search.search(own.getCode(), sales.viewer(otherRep))).isEmpty();

        // the demo customers' numbers: CUST-0001 (Huaxin, with its contacts) is sales1's, CUST-0002 salesmgr1's
        Viewer sales1 = new Viewer("sales1", List.of("sales"));
        assertThat(search.search("CUST-0001", sales1)).extracting(Hit::type, Hit::key).contains(
                tuple("customer", "CUST-0001"), tuple("contact", "CUST-0001"));
        assertThat(search.search("cust-0002", sales1)).isEmpty();
        assertThat(search.search("CUST-0002", MANAGER)).extracting(Hit::type, Hit::key).contains(
                tuple("customer", "CUST-0002"), tuple("contact", "CUST-0002"));
    }

    @Test
    void aServiceRequestIsFoundByItsNumberWithOrWithoutItsLeadingZerosByTheDeskOnly() {
        ServiceRequest request = desk.open(new NewServiceRequest(own.getId(), fixtures.assetInWarranty(own).getId(),
                RequestType.REPAIR, "Number search request", "Noisy"), Fixtures.SERVICE1);
        String number = request.getRequestNumber();
        assertThat(number).isEqualTo(String.format("SR-%06d", request.getId()));

        assertThat(search.search(number, Fixtures.SERVICE1)).extracting(Hit::type, Hit::key)
                .containsExactly(tuple("service-request", number));
        assertThat(search.search("sr-" + request.getId(), Fixtures.SERVICE1)).extracting(Hit::type, Hit::key)
                .contains(tuple("service-request", number));
        assertThat(search.search(number, sales.viewer(rep))).isEmpty();
        assertThat(search.search("SR-" + request.getId(), new Viewer("engineer1", List.of("engineer"))))
                .extracting(Hit::key).doesNotContain(number);
    }
}
