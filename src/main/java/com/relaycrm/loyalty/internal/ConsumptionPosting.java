package com.relaycrm.loyalty.internal;

import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.loyalty.Consumption;
import com.relaycrm.loyalty.EntryType;
import com.relaycrm.loyalty.LoyaltyCommands.ConsumptionLine;
import com.relaycrm.loyalty.PointsAccount;
import com.relaycrm.loyalty.PointsEntry;
import com.relaycrm.loyalty.TierChange;
import com.relaycrm.loyalty.process.ConsumptionPointsProcess;
import com.relaycrm.loyalty.process.ConsumptionPointsProcess.Data;
import com.relaycrm.organisation.Groups;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.CurrentActor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code consumption-points}: posting a purchase's points (decision tables, ledger, tier) and recording
 * the owner's welcome of an upgraded member. Each step finds its purchase from the process itself.
 */
@Component
@Transactional
public class ConsumptionPosting {

    private static final String[] WELCOMERS = {Groups.SALES_MANAGER, Groups.ADMIN};

    private final ConsumptionRepository consumptions;
    private final TierChangeRepository tierChanges;
    private final PointsLedger ledger;
    private final MemberTiers tiers;
    private final PointsRules rules;
    private final CustomerService customers;
    private final OrganisationService organisation;

    ConsumptionPosting(ConsumptionRepository consumptions, TierChangeRepository tierChanges, PointsLedger ledger,
                       MemberTiers tiers, PointsRules rules, CustomerService customers,
                       OrganisationService organisation) {
        this.consumptions = consumptions;
        this.tierChanges = tierChanges;
        this.ledger = ledger;
        this.tiers = tiers;
        this.rules = rules;
        this.customers = customers;
        this.organisation = organisation;
    }

    /**
     * What "Post points" did: the member and purchase, and when it posted (not a purchase posted before) the
     * account after it, the points earned and the upgrade it brought (or null).
     */
    public record Posted(Customer member, Consumption consumption, PointsAccount account, long pointsEarned,
                         TierChange upgrade) {

        public boolean newlyPosted() {
            return account != null;
        }
    }

    /**
     * "Post points": decides the points by the tables, appends the accrual to the ledger, and re-decides the tier.
     * Posting twice is harmless: a purchase already posted is left as it is.
     */
    public Posted post(String processInstanceId, String businessKey, String actor) {
        Consumption consumption = consumptionOfProcess(processInstanceId, businessKey);
        Customer member = customers.customer(consumption.getCustomerId());
        if (consumption.getPointsEntryId() != null) {
            return new Posted(member, consumption, null, 0, null);
        }
        PointsAccount account = ledger.lockAccount(member.getId());
        LocalDate day = LocalDate.ofInstant(consumption.getOccurredAt(), ZoneId.systemDefault());
        PointsRules.Points earned = rules.earn(consumption.getAmount(), account.getTier(), parseLines(consumption),
                day);
        Posting posting = new Posting(consumption.getSourceType(), consumption.getExternalId(), earned.rule(),
                earned.tableVersion(), rules.expiresOn(EntryType.ACCRUAL, day),
                "Purchase of " + consumption.getAmount().toPlainString());
        PointsEntry entry = ledger.post(account, EntryType.ACCRUAL, earned.points(), posting, actor);
        consumption.posted(entry.getId());
        Optional<TierChange> upgrade = tiers.reevaluate(account,
                "accumulated " + account.getAccumulatedPoints() + " points", actor);
        return new Posted(member, consumption, account, earned.points(), upgrade.orElse(null));
    }

    /**
     * The purchase this process was started for: the application starts it with business key source-externalId
     * right after storing the purchase, and its first step binds the two; a process whose key names a purchase
     * already bound to another process (or none) is refused. A variable never chooses the purchase.
     */
    private Consumption consumptionOfProcess(String processInstanceId, String businessKey) {
        Optional<Consumption> bound = consumptions.findByProcessInstanceId(processInstanceId);
        if (bound.isPresent()) {
            return bound.get();
        }
        Consumption consumption = ConsumptionPointsProcess.purchase(businessKey)
                .flatMap(key -> consumptions.findBySourceTypeAndExternalId(key.source(), key.externalId()))
                .orElse(null);
        if (consumption == null) {
            throw new InvalidInputException(Data.CONSUMPTION_ID, "this process is not about a stored purchase");
        }
        if (consumption.getProcessInstanceId() != null) {
            throw new InvalidInputException(Data.CONSUMPTION_ID, "purchase " + businessKey
                    + " belongs to another process");
        }
        consumption.attachProcess(processInstanceId);
        return consumption;
    }

    /**
     * "Welcome the member": the owner's note on how the upgraded member was welcomed, once, on the upgrade this
     * process's purchase brought, by the member's owner or a sales manager.
     */
    public void recordWelcome(String processInstanceId, long tierChangeId, String note, String actor) {
        Consumption consumption = consumptionOfProcess(processInstanceId, null);
        TierChange change = tierChanges.findById(tierChangeId)
                .filter(found -> found.getCustomerId().equals(consumption.getCustomerId()) && found.getWelcomedBy() == null)
                .orElseThrow(() -> new InvalidInputException(Data.TIER_CHANGE_ID,
                        "not an upgrade of this purchase's member waiting for a welcome"));
        Customer member = customers.customer(consumption.getCustomerId());
        if (!CurrentActor.SYSTEM.equals(actor) && !actor.equals(member.getOwnerId())
                && !organisation.isMemberOfAny(actor, WELCOMERS)) {
            throw new AccessDeniedException(actor + " may not welcome " + member.getCode()
                    + " (the member's owner or a sales manager does)");
        }
        change.welcomed(actor, note);
    }



    private static List<ConsumptionLine> parseLines(Consumption consumption) {
        List<ConsumptionLine> lines = new ArrayList<>();
        for (String line : consumption.getLinesText().split(";")) {
            String[] parts = line.split("\\|");
            lines.add(new ConsumptionLine(parts[0], new BigDecimal(parts[1])));
        }
        return lines;
    }
}
