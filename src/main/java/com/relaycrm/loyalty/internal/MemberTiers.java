package com.relaycrm.loyalty.internal;

import com.relaycrm.customer.CustomerService;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.loyalty.PointsAccount;
import com.relaycrm.loyalty.TierChange;
import com.relaycrm.loyalty.TierDecision;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-decides a member's tier from the accumulated points after earning. Earning never moves a member down (a lower
 * tier from the table is ignored, e.g. for a member given a tier by hand); a manager may set a tier by hand (a
 * downgrade, say, after a review). Every change goes to the change history (变动历史), and an upgraded member is
 * emailed their new tier when the change commits.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class MemberTiers {

    /** The rule name of a tier set by hand. */
    static final String MANUAL = "MANUAL";

    private final PointsRules rules;
    private final CustomerService customers;
    private final TierChangeRepository changes;
    private final LoyaltyMail mail;

    MemberTiers(PointsRules rules, CustomerService customers, TierChangeRepository changes, LoyaltyMail mail) {
        this.rules = rules;
        this.customers = customers;
        this.changes = changes;
        this.mail = mail;
    }

    /** The upgrade, if the locked account's accumulated points now qualify for a higher tier. */
    Optional<TierChange> reevaluate(PointsAccount locked, String reason, String actor) {
        TierDecision decision = rules.tierFor(locked.getAccumulatedPoints());
        if (decision.getTier().ordinal() <= locked.getTier().ordinal()) {
            return Optional.empty();
        }
        return Optional.of(change(locked, decision.getTier(), decision.getRule(), decision.getTableVersion(), reason,
                actor));
    }

    /** A tier set by hand (a manager's upgrade or downgrade), kept in the history like the table's changes. */
    TierChange setByHand(PointsAccount locked, MemberTier tier, String reason, String actor) {
        return change(locked, tier, MANUAL, null, reason, actor);
    }

    private TierChange change(PointsAccount locked, MemberTier tier, String rule, String tableVersion, String reason,
                              String actor) {
        TierChange change = changes.save(new TierChange(locked.getCustomerId(), locked.getTier(), tier,
                locked.getAccumulatedPoints(), rule, tableVersion, reason, actor));
        boolean upgrade = tier.ordinal() > locked.getTier().ordinal();
        locked.tier(tier);
        customers.changeTier(locked.getCustomerId(), tier);
        if (upgrade) {
            mail.upgraded(customers.customer(locked.getCustomerId()), change, locked.getAvailablePoints());
        }
        return change;
    }
}
