package com.relaycrm.customer.internal;

import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.customer.Asset;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.FormOptions;
import com.relaycrm.process.StartFormOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Customers and their assets to pick on a start form instead of typing a code or a serial number: the customers a
 * person's data permission shows them (a rep their own), by name and code ("Huaxin Technology (CUST-0001)", value the
 * code; {@code relay:options} = {@code customerCodes} on the service request, opportunity and loan start forms), and
 * the assets of the customer picked ("IP500-2025-0001 · Industrial printer IP-500"; {@code assetSerials}, by
 * {@code customerCode}). Someone who may see more than {@code relay.forms.start-options-max} customers or assets
 * (the service desk of a large book) types the code instead, as before; the step checks either.
 */
final class CustomerStartOptions {

    private CustomerStartOptions() {
    }

    /** The customers the user may see, or empty when there are more than a list should hold or none at all. */
    static Optional<List<Customer>> visible(CustomerService customers, OrganisationService organisation,
                                            String userId, int max) {
        Page<Customer> visible;
        try {
            visible = customers.visibleTo(organisation.viewer(userId), PageRequest.of(0, max + 1));
        } catch (AccessDeniedException e) {
            return Optional.empty();
        }
        if (visible.getNumberOfElements() > max || visible.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(visible.getContent());
    }

    @Component
    static class Codes implements StartFormOptions {

        private final CustomerService customers;
        private final OrganisationService organisation;
        private final int max;

        Codes(CustomerService customers, OrganisationService organisation,
              @Value("${relay.forms.start-options-max:500}") int max) {
            this.customers = customers;
            this.organisation = organisation;
            this.max = max;
        }

        @Override
        public String name() {
            return "customerCodes";
        }

        @Override
        public Optional<List<FormOptions.Option>> options(String userId) {
            return visible(customers, organisation, userId, max).map(list -> list.stream()
                    .map(c -> new FormOptions.Option(c.optionLabel(), c.getCode())).toList());
        }
    }

    @Component
    static class AssetSerials implements StartFormOptions {

        private final CustomerService customers;
        private final OrganisationService organisation;
        private final AssetRepository assets;
        private final int max;

        AssetSerials(CustomerService customers, OrganisationService organisation, AssetRepository assets,
                     @Value("${relay.forms.start-options-max:500}") int max) {
            this.customers = customers;
            this.organisation = organisation;
            this.assets = assets;
            this.max = max;
        }

        @Override
        public String name() {
            return "assetSerials";
        }

        @Override
        public Optional<Map<String, List<FormOptions.Option>>> optionsBy(String userId) {
            Optional<List<Customer>> visible = visible(customers, organisation, userId, max);
            if (visible.isEmpty()) {
                return Optional.empty();
            }
            Map<Long, String> codes = visible.get().stream().collect(Collectors.toMap(Customer::getId,
                    Customer::getCode));
            List<Asset> owned = assets.findByCustomerIdInOrderBySerialNumber(codes.keySet());
            if (owned.size() > max) {
                return Optional.empty();
            }
            Map<String, List<FormOptions.Option>> byCustomer = new LinkedHashMap<>();
            owned.forEach(asset -> byCustomer.computeIfAbsent(codes.get(asset.getCustomerId()),
                    code -> new java.util.ArrayList<>()).add(new FormOptions.Option(asset.getSerialNumber()
                    + (asset.getProductName() == null ? "" : " · " + asset.getProductName()),
                    asset.getSerialNumber())));
            return Optional.of(byCustomer);
        }
    }
}
