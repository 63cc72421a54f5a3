package com.relaycrm.support;

import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Asset;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerCommands.NewAsset;
import com.relaycrm.customer.CustomerCommands.NewCustomer;
import com.relaycrm.customer.CustomerKind;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.customer.MemberTier;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Fresh customers and assets for one test, with unique codes so tests never depend on each other's data. */
@Component
public class Fixtures {

    public static final Viewer ADMIN = new Viewer("demo", List.of("admin"));
    public static final Viewer SERVICE1 = new Viewer("service1", List.of("service"));

    private final CustomerService customers;

    public Fixtures(CustomerService customers) {
        this.customers = customers;
    }

    public Customer company() {
        return customer(MemberTier.NONE);
    }

    public Customer customer(MemberTier tier) {
        return customer(tier, "sales1");
    }

    /** A customer (a member when the tier is not NONE) owned by {@code ownerId}. */
    public Customer customer(MemberTier tier, String ownerId) {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        boolean member = tier != MemberTier.NONE;
        return customers.create(new NewCustomer(code, "Test customer " + code,
                member ? CustomerKind.INDIVIDUAL : CustomerKind.COMPANY, tier, member ? "CARD" + code : null,
                null, null, null, null, null, null, ownerId), ADMIN);
    }

    public Asset assetInWarranty(Customer customer) {
        LocalDate today = LocalDate.now();
        return asset(customer, today.minusMonths(3), today.plusYears(1));
    }

    public Asset assetOutOfWarranty(Customer customer) {
        LocalDate today = LocalDate.now();
        return asset(customer, today.minusYears(4), today.minusYears(1));
    }

    private Asset asset(Customer customer, LocalDate purchased, LocalDate warrantyEnd) {
        String serial = "SN-" + UUID.randomUUID().toString().substring(0, 12).toUpperCase();
        return customers.addAsset(customer.getId(), new NewAsset(serial, "Test printer", "PRINTER", purchased,
                warrantyEnd), ADMIN);
    }
}
