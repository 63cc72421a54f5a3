package com.relaycrm.loyalty;

import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.NotFoundException;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.loyalty.LoyaltyCommands.NewRedemption;
import com.relaycrm.organisation.Groups;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.CurrentActor;
import com.relaycrm.process.ProcessStarter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Points redemption (积分兑换) for the {@code points-redemption} process: the request (refused at once when the
 * points are not there), a sales manager's approval above {@code relay.loyalty.redemption-approval-above}, the
 * deduction, and the warehouse's hand-over, where a cancellation refunds the points.
 */
@Service
@Transactional
public class RedemptionService {

    public static final String PROCESS_KEY = "points-redemption";
    static final String REDEMPTION_ID = "redemptionId";
    static final String SOURCE = "REDEMPTION";
    /** Who approves large redemptions (the task's candidate group) and who hands gifts over. */
    private static final List<String> APPROVERS = List.of(Groups.SALES_MANAGER, Groups.ADMIN);
    private static final List<String> HANDOVER = List.of(Groups.WAREHOUSE, Groups.ADMIN);

    private final RedemptionRepository redemptions;
    private final PointsAccountRepository accounts;
    private final PointsLedger ledger;
    private final PointsRules rules;
    private final CustomerService customers;
    private final LoyaltyProperties properties;
    private final ProcessStarter processStarter;
    private final PointsEntryRepository entries;
    private final OrganisationService organisation;

    RedemptionService(RedemptionRepository redemptions, PointsAccountRepository accounts, PointsLedger ledger,
                      PointsRules rules, CustomerService customers, LoyaltyProperties properties,
                      ProcessStarter processStarter, PointsEntryRepository entries,
                      OrganisationService organisation) {
        this.redemptions = redemptions;
        this.accounts = accounts;
        this.ledger = ledger;
        this.rules = rules;
        this.customers = customers;
        this.properties = properties;
        this.processStarter = processStarter;
        this.entries = entries;
        this.organisation = organisation;
    }

    /** Stores the request and starts its process; more points than the member has are refused here. */
    public Redemption request(NewRedemption command, Viewer viewer) {
        viewer.requireAny("request redemptions", LoyaltyService.POST_CONSUMPTIONS);
        Customer member;
        try {
            member = customers.get(command.customerId(), viewer);
        } catch (NotFoundException e) {
            throw new InvalidInputException("customerId", "no member " + command.customerId());
        }
        if (!member.isMember()) {
            throw new InvalidInputException("customerId", "customer " + member.getCode() + " is not a member");
        }
        long available = accounts.findById(member.getId()).map(PointsAccount::getAvailablePoints).orElse(0L);
        if (command.points() > available) {
            throw new InvalidInputException("points", "only " + available + " points are available");
        }
        Redemption redemption = redemptions.saveAndFlush(new Redemption(member.getId(), command.gift().trim(),
                command.points(), viewer.userId()));
        Map<String, Object> variables = new HashMap<>();
        variables.put(REDEMPTION_ID, redemption.getId());
        variables.put("customerName", member.getName());
        variables.put("cardNumber", member.getCardNumber());
        variables.put("gift", redemption.getGift());
        variables.put("points", redemption.getPoints());
        variables.put("pointsAvailable", available);
        String processInstanceId = processStarter.start(PROCESS_KEY, "RD-" + redemption.getId(),
                variables).getId();
        redemption.attachProcess(processInstanceId);
        return redemption;
    }

    @Transactional(readOnly = true)
    public Redemption redemption(long id) {
        return redemptions.findById(id).orElseThrow(() -> new NotFoundException("Redemption", id));
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
    Redemption ofProcess(String processInstanceId, String businessKey) {
        Redemption redemption = redemptions.findByProcessInstanceId(processInstanceId).orElse(null);
        if (redemption != null) {
            return redemption;
        }
        Long id = idFromBusinessKey(businessKey);
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

    private static Long idFromBusinessKey(String businessKey) {
        if (businessKey == null || !businessKey.startsWith("RD-")) {
            return null;
        }
        try {
            return Long.parseLong(businessKey.substring(3));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether a sales manager must approve: decided from the stored points and the configured threshold only. */
    boolean approvalNeeded(Redemption redemption) {
        return redemption.getPoints() > properties.redemptionApprovalAbove();
    }

    /**
     * "Record approval": only while the redemption waits for approval, by a sales manager (or administrator) who
     * is not the person who asked for it.
     */
    void decide(Redemption redemption, boolean approved, String userId, String note) {
        if (redemption.getStatus() != RedemptionStatus.REQUESTED || !approvalNeeded(redemption)) {
            throw new InvalidInputException("redemptionApproved", "redemption RD-" + redemption.getId()
                    + " is not waiting for approval (it is " + redemption.getStatus() + ")");
        }
        if (CurrentActor.SYSTEM.equals(userId)
                || !organisation.groupIds(userId).stream().anyMatch(APPROVERS::contains)) {
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
    boolean deduct(Redemption redemption, String actor) {
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
                "RD-" + redemption.getId(), null, null, null, "Redeemed for " + redemption.getGift()), actor);
        redemption.deducted();
        return true;
    }

    /** "Record hand-over": only after the deduction, by the warehouse; delivered, or cancelled (then refunded). */
    void handOver(Redemption redemption, boolean delivered, String userId, String note) {
        if (redemption.getStatus() != RedemptionStatus.DEDUCTED) {
            throw new InvalidInputException("giftDelivered", "redemption RD-" + redemption.getId() + " is "
                    + redemption.getStatus() + ", not waiting for hand-over");
        }
        if (!CurrentActor.SYSTEM.equals(userId)
                && organisation.groupIds(userId).stream().noneMatch(HANDOVER::contains)) {
            throw new AccessDeniedException(userId + " may not hand gifts over (the warehouse does)");
        }
        redemption.handedOver(delivered, userId, note);
    }

    /** "Refund points": once, for a cancelled redemption, as an adjustment with a fresh expiry. */
    void refund(Redemption redemption, String actor) {
        String reference = "RD-" + redemption.getId();
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
