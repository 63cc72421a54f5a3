package com.relaycrm.loyalty;

import com.relaycrm.customer.CustomerService;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-decides a member's tier from the accumulated points after earning. Earning never moves a member down (a lower
 * tier from the table is ignored, e.g. for a member given a tier by hand); every change goes to the change history,
 * and the member is emailed their new tier when the posting commits.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class MemberTiers {

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
        TierChange change = changes.save(new TierChange(locked.getCustomerId(), locked.getTier(), decision.getTier(),
                locked.getAccumulatedPoints(), decision.getRule(), decision.getTableVersion(), reason, actor));
        locked.tier(decision.getTier());
        customers.changeTier(locked.getCustomerId(), decision.getTier());
        mail.upgraded(customers.customer(locked.getCustomerId()), change, locked.getAvailablePoints());
        return Optional.of(change);
    }
}
