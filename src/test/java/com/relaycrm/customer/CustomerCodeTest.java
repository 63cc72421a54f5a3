package com.relaycrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.customer.CustomerCommands.NewCustomer;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The next customer number (given to customers made from a converted lead) follows the highest CUST- number. */
@RelayIntegrationTest
class CustomerCodeTest {

    @Autowired CustomerService customers;

    @Test
    void theNextNumberFollowsTheHighestNumberComparedAsANumberPassingOverOtherCodes() {
        // above anything the shared database holds, and growing from run to run on a kept database
        long highest = 800_000_000L + System.currentTimeMillis() / 1000 % 100_000_000L;
        create("CUST-" + highest);
        create("CUST-" + highest + "-OLD"); // sorts above it as text, but is no number
        create("CUST-9" + "9".repeat(String.valueOf(highest).length() - 2)); // more nines as text, a smaller number

        assertThat(customers.nextCustomerCode()).isEqualTo("CUST-" + (highest + 1));
    }

    private void create(String code) {
        customers.create(new NewCustomer(code, "Customer " + code, CustomerKind.COMPANY, MemberTier.NONE, null,
                null, null, null, null, null, null, "sales1"), Fixtures.ADMIN);
    }
}
