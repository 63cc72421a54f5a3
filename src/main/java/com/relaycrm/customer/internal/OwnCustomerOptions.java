package com.relaycrm.customer.internal;

import com.relaycrm.customer.CustomerService;
import com.relaycrm.process.FormOptions;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Customer selects on a rep's own task, offering the customers the task's assignee owns, by name and code: the
 * other customer a loan is lent on to (value: the customer's code, {@code ownCustomerCodeOptions}; the existing
 * customer a lead is converted onto has its own source in the lead's process, which puts the customer matching the
 * lead's company first). The step still checks that the chosen customer is one the rep may see.
 */
final class OwnCustomerOptions {

    private OwnCustomerOptions() {
    }

    static List<FormOptions.Option> of(CustomerService customers, DelegateTask task) {
        String owner = task.getAssignee();
        if (owner == null) {
            return List.of();
        }
        return customers.ownedBy(owner).stream()
                .map(c -> new FormOptions.Option(c.optionLabel(), c.getCode()))
                .toList();
    }

    @Component
    static class ByCode implements FormOptions {

        private final CustomerService customers;

        ByCode(CustomerService customers) {
            this.customers = customers;
        }

        @Override
        public String valuesKey() {
            return "ownCustomerCodeOptions";
        }

        @Override
        public List<Option> options(DelegateTask task) {
            return of(customers, task);
        }
    }
}
