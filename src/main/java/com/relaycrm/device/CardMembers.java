package com.relaycrm.device;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerCommands.NewCustomer;
import com.relaycrm.customer.CustomerKind;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.loyalty.LoyaltyService;
import com.relaycrm.loyalty.PointsAccount;
import com.relaycrm.loyalty.PointsCorrections;
import com.relaycrm.organisation.OrganisationService;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The member behind a swiped card, as the clerk's task shows it; and registration of a card nobody holds yet. */
@Service
@Transactional
public class CardMembers {

    private static final String REGISTRATION_BONUS = "REGISTRATION";

    private final CustomerService customers;
    private final LoyaltyService loyalty;
    private final PointsCorrections corrections;
    private final OrganisationService organisation;

    CardMembers(CustomerService customers, LoyaltyService loyalty, PointsCorrections corrections,
                OrganisationService organisation) {
        this.customers = customers;
        this.loyalty = loyalty;
        this.corrections = corrections;
        this.organisation = organisation;
    }

    /** The registration bonus of the points-bonus table, once the member is registered (committed); once per card. */
    void grantRegistrationBonus(long customerId, String reference, String actor) {
        corrections.grant(customerId, REGISTRATION_BONUS, reference, actor);
    }

    /** Variables for the clerk: memberFound, and for a member their code, name, tier and points. */
    Map<String, Object> identify(String cardNumber) {
        Map<String, Object> variables = new HashMap<>();
        Optional<Customer> member = customers.memberByCard(cardNumber);
        variables.put(DeviceVariables.MEMBER_FOUND, member.isPresent());
        member.ifPresent(customer -> {
            Optional<PointsAccount> account = loyalty.account(customer.getId());
            variables.put(DeviceVariables.CUSTOMER_ID, customer.getId());
            variables.put("customerCode", customer.getCode());
            variables.put("customerName", customer.getName());
            variables.put("memberTier", account.map(a -> a.getTier()).orElse(customer.getMemberTier()).name());
            variables.put("pointsAvailable", account.map(PointsAccount::getAvailablePoints).orElse(0L));
            variables.put("pointsAccumulated", account.map(PointsAccount::getAccumulatedPoints).orElse(0L));
            variables.put("ownerId", customer.getOwnerId());
        });
        return variables;
    }

    /**
     * Registers the holder of an unknown card as a member (code {@code M<card number>}, standard tier, owned by the
     * clerk); the clerk's own permissions apply.
     */
    Customer register(String cardNumber, String name, String phone, String email, String clerk) {
        if (name == null) {
            throw new InvalidInputException("memberName", "is required");
        }
        if (customers.memberByCard(cardNumber).isPresent()) {
            throw new InvalidInputException("cardNumber", "card " + cardNumber + " was registered meanwhile");
        }
        String code = ("M" + cardNumber.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9-]", ""));
        code = code.length() > 40 ? code.substring(0, 40) : code;
        Viewer viewer = new Viewer(clerk, organisation.groupIds(clerk));
        Customer member = customers.create(new NewCustomer(code, name, CustomerKind.INDIVIDUAL, MemberTier.STANDARD,
                cardNumber, null, null, null, null, email, phone, clerk), viewer);
        return member;
    }
}
