package com.relaycrm.loyalty.internal;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.loyalty.EntryType;
import com.relaycrm.loyalty.LoyaltyCommands.NewAdjustment;
import com.relaycrm.loyalty.LoyaltyCommands.NewBonus;
import com.relaycrm.loyalty.LoyaltyCommands.NewTierChange;
import com.relaycrm.loyalty.PointsAccount;
import com.relaycrm.loyalty.PointsEntry;
import com.relaycrm.loyalty.TierChange;
import com.relaycrm.organisation.Groups;
import com.relaycrm.rules.DecisionTableException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Points and tiers given or taken by hand: corrections (积分调整), bonuses for events such as a referral, and tiers
 * set by a manager. Only administrators and sales managers may do these; each is a ledger entry or a tier change
 * naming who did it and why.
 */
@Service
@Transactional
public class PointsCorrections {

    static final String[] CORRECTORS = {Groups.ADMIN, Groups.SALES_MANAGER};
    static final String ADJUSTMENT_SOURCE = "ADJUSTMENT";
    static final String BONUS_SOURCE = "BONUS";

    private final PointsLedger ledger;
    private final PointsEntryRepository entries;
    private final PointsAccountRepository accounts;
    private final MemberTiers tiers;
    private final PointsRules rules;
    private final CustomerService customers;

    PointsCorrections(PointsLedger ledger, PointsEntryRepository entries, PointsAccountRepository accounts,
                      MemberTiers tiers, PointsRules rules, CustomerService customers) {
        this.ledger = ledger;
        this.entries = entries;
        this.accounts = accounts;
        this.tiers = tiers;
        this.rules = rules;
        this.customers = customers;
    }

    public record Granted(PointsEntry entry, boolean replay) {}

    /**
     * Adds or takes away points. Points given count towards the tier like earned ones only when they are a bonus;
     * an adjustment corrects the balance (a missed purchase should be posted as the purchase instead).
     */
    public PointsEntry adjust(long customerId, NewAdjustment adjustment, Viewer viewer) {
        viewer.requireAny("adjust members' points", CORRECTORS);
        Customer member = member(customerId, viewer);
        if (adjustment.points() == 0) {
            throw new InvalidInputException("points", "must not be zero");
        }
        if (adjustment.points() < 0) {
            // checked before the account is opened, so a refused correction leaves no trace
            refuseOverdraft(member, accounts.findById(member.getId()).map(PointsAccount::getAvailablePoints)
                    .orElse(0L), adjustment.points());
        }
        PointsAccount account = ledger.lockAccount(member.getId());
        refuseOverdraft(member, account.getAvailablePoints(), adjustment.points());
        LocalDate today = LocalDate.now();
        LocalDate expiresOn = adjustment.points() > 0 ? rules.expiresOn(EntryType.ADJUSTMENT, today) : null;
        return ledger.post(account, EntryType.ADJUSTMENT, adjustment.points(), new Posting(ADJUSTMENT_SOURCE,
                "ADJ-" + today, null, null, expiresOn, adjustment.reason().trim()), viewer.userId());
    }

    /** Gives the bonus the {@code points-bonus} table decides; the same reason and reference again gives nothing. */
    public Granted bonus(long customerId, NewBonus bonus, Viewer viewer) {
        viewer.requireAny("grant bonus points", CORRECTORS);
        return grant(member(customerId, viewer), bonus.reason(), bonus.reference(), viewer.userId());
    }

    /**
     * Gives a member the bonus for an event on behalf of the system (a process, a device), without a permission
     * check; once per reason and reference.
     */
    public Granted grant(long customerId, String reason, String reference, String actor) {
        Customer member = customers.customer(customerId);
        if (!member.isMember()) {
            throw new InvalidInputException("customerId", "customer " + member.getCode() + " is not a member");
        }
        return grant(member, reason, reference, actor);
    }

    private Granted grant(Customer member, String reason, String reference, String actor) {
        String event = reason.trim().toUpperCase(Locale.ROOT);
        String sourceReference = event + ":" + reference.trim();
        PointsAccount account = ledger.lockAccount(member.getId());
        Optional<PointsEntry> earlier = entries.findFirstByCustomerIdAndEntryTypeAndSourceReference(member.getId(),
                EntryType.BONUS, sourceReference);
        if (earlier.isPresent()) {
            return new Granted(earlier.get(), true);
        }
        PointsRules.Points points;
        try {
            points = rules.bonus(event, account.getTier());
        } catch (DecisionTableException e) {
            throw new InvalidInputException("reason", "the points-bonus table has no row for " + event);
        }
        String what = event.toLowerCase(Locale.ROOT);
        PointsEntry entry = ledger.post(account, EntryType.BONUS, points.points(), new Posting(BONUS_SOURCE,
                sourceReference, points.rule(), points.tableVersion(),
                rules.expiresOn(EntryType.BONUS, LocalDate.now()), "Bonus for " + what), actor);
        tiers.reevaluate(account, "bonus for " + what, actor);
        return new Granted(entry, false);
    }

    /** Sets a member's tier by hand (upgrade or downgrade), recorded in the change history with the reason. */
    public TierChange changeTier(long customerId, NewTierChange command, Viewer viewer) {
        viewer.requireAny("change members' tiers", CORRECTORS);
        Customer member = member(customerId, viewer);
        if (command.tier() == MemberTier.NONE) {
            throw new InvalidInputException("tier", "a member keeps a tier; end the membership instead");
        }
        PointsAccount account = ledger.lockAccount(member.getId());
        if (account.getTier() == command.tier()) {
            throw new InvalidInputException("tier", member.getCode() + " is " + command.tier() + " already");
        }
        return tiers.setByHand(account, command.tier(), command.reason().trim(), viewer.userId());
    }

    private static void refuseOverdraft(Customer member, long available, long points) {
        if (available + points < 0) {
            throw new InvalidInputException("points", "would leave " + member.getCode() + " with "
                    + (available + points) + " points (available " + available + ")");
        }
    }

    private Customer member(long customerId, Viewer viewer) {
        Customer customer = customers.get(customerId, viewer);
        if (!customer.isMember()) {
            throw new InvalidInputException("customerId", "customer " + customer.getCode() + " is not a member");
        }
        return customer;
    }
}
