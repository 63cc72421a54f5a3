package com.relaycrm.sales;

import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerCommands.NewCustomer;
import com.relaycrm.customer.CustomerKind;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.organisation.Groups;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.sales.capacity.CapacityService;
import com.relaycrm.sales.capacity.ResourceType;
import com.relaycrm.support.Fixtures;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** A fresh department with its own reps for one test, so that tests never share capacity. */
@Component
public class SalesFixtures {

    private final OrganisationService organisation;
    private final CapacityService capacity;
    private final IdentityService identityService;
    private final CustomerService customers;

    public SalesFixtures(OrganisationService organisation, CapacityService capacity, IdentityService identityService,
                         CustomerService customers) {
        this.organisation = organisation;
        this.capacity = capacity;
        this.identityService = identityService;
        this.customers = customers;
    }

    public String department() {
        String code = "TD-" + unique();
        organisation.addDepartment(code, "Test department " + code, null);
        return code;
    }

    /** A user in the sales group, registered as a rep of the department with this maximum of leads. */
    public String rep(String department, int maxLeads) {
        String id = "rep" + unique().toLowerCase();
        User user = identityService.newUser(id);
        user.setFirstName("Rep");
        user.setLastName(id);
        user.setEmail(id + "@relaycrm.example.com");
        user.setPassword(id);
        identityService.saveUser(user);
        identityService.createMembership(id, Groups.SALES);
        capacity.registerRep(id, department, null);
        capacity.setMaximum(id, ResourceType.LEAD, maxLeads);
        return id;
    }

    public Viewer viewer(String userId) {
        return new Viewer(userId, List.of(Groups.SALES));
    }

    public Customer customerOf(String owner, String department) {
        String code = "T-" + unique();
        return customers.create(new NewCustomer(code, "Customer " + code, CustomerKind.COMPANY, MemberTier.NONE, null,
                null, null, department, null, null, null, owner), Fixtures.ADMIN);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
