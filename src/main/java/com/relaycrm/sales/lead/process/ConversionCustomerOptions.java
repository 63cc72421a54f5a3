package com.relaycrm.sales.lead.process;

import static com.relaycrm.process.ProcessVariables.optionalString;

import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.process.FormOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The existing customers a rep may convert a lead onto: the customers the task's assignee owns, by name and code
 * (value: the customer's id). A customer whose name matches the lead's company (the company "Huaxin" and the customer
 * "北京华信科技有限公司 Huaxin Technology") is suggested: listed first and marked. The conversion still checks that the
 * customer is the rep's.
 */
@Component
class ConversionCustomerOptions implements FormOptions {

    /** Appended to a suggested customer's label. */
    static final String MATCHES = " — matches the lead's company / 与线索公司匹配";

    private final CustomerService customers;

    ConversionCustomerOptions(CustomerService customers) {
        this.customers = customers;
    }

    @Override
    public String valuesKey() {
        return LeadProcess.Variables.OWN_CUSTOMER_OPTIONS;
    }

    @Override
    public List<Option> options(DelegateTask task) {
        String owner = task.getAssignee();
        if (owner == null) {
            return List.of();
        }
        String company = optionalString(task, LeadProcess.Variables.COMPANY);
        List<Option> matching = new ArrayList<>();
        List<Option> others = new ArrayList<>();
        for (Customer customer : customers.ownedBy(owner)) {
            String label = customer.optionLabel();
            if (matches(company, customer.getName())) {
                matching.add(new Option(label + MATCHES, String.valueOf(customer.getId())));
            } else {
                others.add(new Option(label, String.valueOf(customer.getId())));
            }
        }
        matching.addAll(others);
        return matching;
    }

    /** The company's name within the customer's (or the other way round), ignoring case and spaces at the ends. */
    static boolean matches(String company, String customerName) {
        if (company == null || customerName == null) {
            return false;
        }
        String a = company.trim().toLowerCase(Locale.ROOT);
        String b = customerName.trim().toLowerCase(Locale.ROOT);
        return a.length() >= 2 && b.length() >= 2 && (b.contains(a) || a.contains(b));
    }
}
