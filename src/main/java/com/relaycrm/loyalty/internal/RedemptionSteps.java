package com.relaycrm.loyalty.internal;

import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.loyalty.EntryType;
import com.relaycrm.loyalty.PointsAccount;
import com.relaycrm.loyalty.Redemption;
import com.relaycrm.loyalty.RedemptionStatus;
import com.relaycrm.loyalty.process.PointsRedemptionProcess.Variables;
import com.relaycrm.loyalty.process.PointsRedemptionProcess;
import com.relaycrm.organisation.Groups;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.CurrentActor;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code points-redemption}: a sales manager's approval above
 * {@code relay.loyalty.redemption-approval-above}, the deduction, and the warehouse's hand-over, where a
 * cancellation refunds the points.
 */
@Component
@Transactional
public class RedemptionSteps {

    static final String SOURCE = "REDEMPTION";
    /** Who approves large redemptions (the task's candidate group) and who hands gifts over. */
    private static final String[] APPROVERS = {Groups.SALES_MANAGER, Groups.ADMIN};
    private static final String[] HANDOVER = {Groups.WAREHOUSE, Groups.ADMIN};

    private final RedemptionRepository redemptions;
    private final PointsLedger ledger;
    private final PointsRules rules;
    private final LoyaltyProperties properties;
    private final PointsEntryRepository entries;
    private final OrganisationService organisation;

    RedemptionSteps(RedemptionRepository redemptions, PointsLedger ledger, PointsRules rules,
                    LoyaltyProperties properties, PointsEntryRepository entries, OrganisationService organisation) {
        this.redemptions = redemptions;
        this.ledger = ledger;
        this.rules = rules;
        this.properties = properties;
        this.entries = entries;
        this.organisation = organisation;
    }

    // ---------------------------------------------------------------- process steps
    //
    // Every step finds its redemption from the process itself (business key RD-id, bound to the first process that
    // reaches it), never from a variable a user could send, and checks that the redemption is where the step
    // expects it and that the acting user may take the step.

    /**
     * The redemption of this process instance. The application starts the process with business key RD-id right
     * after storing the redemption; its first step binds the two. A process whose key names a redemption already
     * bound to another process, or no redemption at all, is refused.
     */
    public Redemption ofProcess(String processInstanceId, String businessKey) {
        Redemption redemption = redemptions.findByProcessInstanceId(processInstanceId).orElse(null);
        if (redemption != null) {
            return redemption;
        }
        Long id = PointsRedemptionProcess.redemptionId(businessKey);
        redemption = id == null ? null : redemptions.findById(id).orElse(null);
        if (redemption == null) {
            throw new InvalidInputException("redemption", "this process is not about a stored redemption");
        }
        if (redemption.getProcessInstanceId() != null || redemption.getStatus() != RedemptionStatus.REQUESTED) {
            throw new InvalidInputException("redemption", "redemption RD-" + redemption.getId()
                    + " belongs to another process");
        }
        redemption.attachProcess(processInstanceId);
        return redemption;
    }

    /** Whether a sales manager must approve: decided from the stored points and the configured threshold only. */
    public boolean approvalNeeded(Redemption redemption) {
        return redemption.getPoints() > properties.redemptionApprovalAbove();
    }

    /**
     * "Record approval": only while the redemption waits for approval, by a sales manager (or administrator) who
     * is not the person who asked for it.
     */
    public void decide(Redemption redemption, boolean approved, String userId, String note) {
        if (redemption.getStatus() != RedemptionStatus.REQUESTED || !approvalNeeded(redemption)) {
            throw new InvalidInputException(Variables.REDEMPTION_APPROVED, "redemption RD-" + redemption.getId()
                    + " is not waiting for approval (it is " + redemption.getStatus() + ")");
        }
        if (CurrentActor.SYSTEM.equals(userId)
                || !organisation.isMemberOfAny(userId, APPROVERS)) {
            throw new AccessDeniedException(userId + " may not approve redemptions (sales managers approve them)");
        }
        if (userId.equals(redemption.getRequestedBy())) {
            throw new AccessDeniedException("redemptionApproved: " + userId + " asked for redemption RD-"
                    + redemption.getId() + " and may not approve it themselves");
        }
        redemption.decided(approved, userId, note);
    }

    /**
     * "Deduct points": only an approved redemption, or a small one that needs no approval; false (and the
     * redemption refused) when the points went meanwhile.
     */
    public boolean deduct(Redemption redemption, String actor) {
        boolean ready = redemption.getStatus() == RedemptionStatus.APPROVED
                || redemption.getStatus() == RedemptionStatus.REQUESTED && !approvalNeeded(redemption);
        if (!ready) {
            throw new InvalidInputException("redemption", "redemption RD-" + redemption.getId() + " is "
                    + redemption.getStatus() + (approvalNeeded(redemption) ? " and needs a sales manager's approval"
                    : "") + "; its points cannot be deducted");
        }
        PointsAccount account = ledger.lockAccount(redemption.getCustomerId());
        if (account.getAvailablePoints() < redemption.getPoints()) {
            redemption.refused("only " + account.getAvailablePoints() + " points were available at deduction");
            return false;
        }
        ledger.post(account, EntryType.REDEMPTION, -redemption.getPoints(), new Posting(SOURCE,
                PointsRedemptionProcess.businessKey(redemption.getId()), null, null, null, "Redeemed for " + redemption.getGift()), actor);
        redemption.deducted();
        return true;
    }

    /** "Record hand-over": only after the deduction, by the warehouse; delivered, or cancelled (then refunded). */
    public void handOver(Redemption redemption, boolean delivered, String userId, String note) {
        if (redemption.getStatus() != RedemptionStatus.DEDUCTED) {
            throw new InvalidInputException(Variables.GIFT_DELIVERED, "redemption RD-" + redemption.getId() + " is "
                    + redemption.getStatus() + ", not waiting for hand-over");
        }
        if (!CurrentActor.SYSTEM.equals(userId)
                && !organisation.isMemberOfAny(userId, HANDOVER)) {
            throw new AccessDeniedException(userId + " may not hand gifts over (the warehouse does)");
        }
        redemption.handedOver(delivered, userId, note);
    }

    /** "Refund points": once, for a cancelled redemption, as an adjustment with a fresh expiry. */
    public void refund(Redemption redemption, String actor) {
        String reference = PointsRedemptionProcess.businessKey(redemption.getId());
        if (redemption.getStatus() != RedemptionStatus.CANCELLED || entries
                .findFirstByCustomerIdAndEntryTypeAndSourceReference(redemption.getCustomerId(), EntryType.ADJUSTMENT,
                        reference).isPresent()) {
            throw new InvalidInputException("redemption", "redemption " + reference + " is "
                    + redemption.getStatus() + " and has nothing to refund");
        }
        PointsAccount account = ledger.lockAccount(redemption.getCustomerId());
        ledger.post(account, EntryType.ADJUSTMENT, redemption.getPoints(), new Posting(SOURCE,
                reference, null, null, rules.expiresOn(EntryType.ADJUSTMENT, LocalDate.now()),
                "Refund of cancelled redemption for " + redemption.getGift()), actor);
    }
}
