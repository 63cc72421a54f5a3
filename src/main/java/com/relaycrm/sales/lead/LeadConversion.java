package com.relaycrm.sales.lead;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.NotFoundException;
import com.relaycrm.common.TextChecks;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Contact;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerCommands.NewContact;
import com.relaycrm.customer.CustomerCommands.NewCustomer;
import com.relaycrm.customer.CustomerKind;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.sales.capacity.CapacityService;
import com.relaycrm.sales.capacity.ResourceType;
import com.relaycrm.sales.opportunity.Opportunity;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewOpportunity;
import com.relaycrm.sales.opportunity.OpportunityService;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lead conversion (线索转化): a new customer (or an existing one), the lead's person as its contact, and/or an
 * opportunity, all owned by the rep holding the lead and within the rep's maximums. The lead's place is freed.
 */
@Component
@Transactional
public class LeadConversion {

    /** What the rep chose in the follow-up form. */
    public record Choice(boolean createCustomer, String customerName, Long existingCustomerId, boolean createContact,
                  boolean createOpportunity, String opportunityName, BigDecimal opportunityAmount) {
    }

    /** Length of customer.name and opportunity.name. */
    static final int NAME_LENGTH = 200;

    private final LeadPools pools;
    private final CustomerService customers;
    private final OpportunityService opportunities;
    private final CapacityService capacity;
    private final OrganisationService organisation;

    public LeadConversion(LeadPools pools, CustomerService customers, OpportunityService opportunities,
                   CapacityService capacity, OrganisationService organisation) {
        this.pools = pools;
        this.customers = customers;
        this.opportunities = opportunities;
        this.capacity = capacity;
        this.organisation = organisation;
    }

    /** Converts the lead of this lifecycle process for the rep holding it ({@code actor}). */
    public Lead convert(String processInstanceId, Choice choice, String actor) {
        long leadId = pools.ofProcess(processInstanceId);
        Lead lead = pools.lock(leadId);
        pools.requireHolder(lead, actor, "convert it");
        Viewer owner = new Viewer(lead.getOwnerId(), organisation.groupIds(lead.getOwnerId()));
        String customerName = TextChecks.atMost("customerName", "The customer's name", choice.customerName(), NAME_LENGTH);
        String opportunityName = TextChecks.atMost("opportunityName", "The opportunity's name", choice.opportunityName(),
                NAME_LENGTH);
        Long customerId = choice.createCustomer() ? null : choice.existingCustomerId();
        if (customerId != null) {
            try {
                customers.get(customerId, owner);
            } catch (NotFoundException e) {
                throw new InvalidInputException("existingCustomerId", "no customer " + customerId + " of yours",
                        "不是您的客户");
            }
        }
        if (choice.createCustomer()) {
            capacity.take("createCustomer", owner.userId(), ResourceType.CUSTOMER);
            String name = customerName != null ? customerName
                    : lead.getCompany() != null ? lead.getCompany() : lead.getName();
            Customer customer = customers.create(new NewCustomer(customers.nextCustomerCode(), name,
                    lead.getCompany() != null ? CustomerKind.COMPANY : CustomerKind.INDIVIDUAL, MemberTier.NONE, null,
                    null, lead.getRegionCode(), lead.getDepartmentCode(), null, lead.getEmail(), lead.getPhone(),
                    owner.userId()), owner);
            customerId = customer.getId();
        }
        if (customerId == null) {
            throw new InvalidInputException("createCustomer", "convert into a new customer or name an existing one",
                    "请新建客户或选择现有客户");
        }
        Long contactId = null;
        if (choice.createContact()) {
            Contact contact = customers.addContact(customerId, new NewContact(lead.getName(), null, lead.getEmail(),
                    lead.getPhone(), null), owner);
            contactId = contact.getId();
        }
        Long opportunityId = null;
        if (choice.createOpportunity()) {
            if (opportunityName == null) {
                throw new InvalidInputException("opportunityName", "is required for an opportunity", "创建商机时必填");
            }
            Opportunity opportunity = opportunities.openFromLead(new NewOpportunity(customerId, opportunityName,
                    choice.opportunityAmount() == null ? BigDecimal.ZERO : choice.opportunityAmount(), null), owner, leadId);
            opportunityId = opportunity.getId();
        }
        pools.release(lead);
        lead.converted(customerId, contactId, opportunityId);
        pools.record(lead, ActivityKind.CONVERTED, "Converted: customer " + customerId
                + (contactId != null ? ", contact " + contactId : "")
                + (opportunityId != null ? ", opportunity " + opportunityId : ""), owner.userId());
        return lead;
    }
}
