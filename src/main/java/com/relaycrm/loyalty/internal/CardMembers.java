package com.relaycrm.loyalty.internal;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerCommands.NewCustomer;
import com.relaycrm.customer.CustomerKind;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.loyalty.PointsAccount;
import com.relaycrm.organisation.OrganisationService;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The member behind a swiped card, as the clerk's task shows it; and registration of a card nobody holds yet. */
@Component
@Transactional
public class CardMembers {

    private static final String REGISTRATION_BONUS = "REGISTRATION";

    private final CustomerService customers;
    private final PointsAccountRepository accounts;
    private final PointsCorrections corrections;
    private final OrganisationService organisation;

    CardMembers(CustomerService customers, PointsAccountRepository accounts, PointsCorrections corrections,
                OrganisationService organisation) {
        this.customers = customers;
        this.accounts = accounts;
        this.corrections = corrections;
        this.organisation = organisation;
    }

    /** The member holding a card as the clerk sees them: code, name, owner, tier and points. */
    public record CardMember(long customerId, String code, String name, String ownerId, MemberTier tier,
                             long availablePoints, long accumulatedPoints) {}

    /** The registration bonus of the points-bonus table, once the member is registered (committed); once per card. */
    public void grantRegistrationBonus(long customerId, String reference, String actor) {
        corrections.grant(customerId, REGISTRATION_BONUS, reference, actor);
    }

    /** The member holding the card, if any. */
    public Optional<CardMember> identify(String cardNumber) {
        return customers.memberByCard(cardNumber).map(customer -> {
            Optional<PointsAccount> account = accounts.findById(customer.getId());
            return new CardMember(customer.getId(), customer.getCode(), customer.getName(), customer.getOwnerId(),
                    account.map(PointsAccount::getTier).orElse(customer.getMemberTier()),
                    account.map(PointsAccount::getAvailablePoints).orElse(0L),
                    account.map(PointsAccount::getAccumulatedPoints).orElse(0L));
        });
    }

    /**
     * Registers the holder of an unknown card as a member (code {@code M<card number>}, standard tier, owned by the
     * clerk); the clerk's own permissions apply.
     */
    public Customer register(String cardNumber, String name, String phone, String email, String clerk) {
        if (name == null) {
            throw new InvalidInputException("memberName", "is required");
        }
        if (customers.memberByCard(cardNumber).isPresent()) {
            throw new InvalidInputException("cardNumber", "card " + cardNumber + " was registered meanwhile");
        }
        String code = ("M" + cardNumber.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9-]", ""));
        code = code.length() > 40 ? code.substring(0, 40) : code;
        return customers.create(new NewCustomer(code, name, CustomerKind.INDIVIDUAL, MemberTier.STANDARD,
                cardNumber, null, null, null, null, email, phone, clerk), organisation.viewer(clerk));
    }
}
