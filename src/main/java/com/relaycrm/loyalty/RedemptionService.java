package com.relaycrm.loyalty;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.NotFoundException;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.loyalty.LoyaltyCommands.NewRedemption;
import com.relaycrm.process.ProcessStarter;
import java.time.LocalDate;
import java.util.HashMap;
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

    private final RedemptionRepository redemptions;
    private final PointsAccountRepository accounts;
    private final PointsLedger ledger;
    private final PointsRules rules;
    private final CustomerService customers;
    private final LoyaltyProperties properties;
    private final ProcessStarter processStarter;

    RedemptionService(RedemptionRepository redemptions, PointsAccountRepository accounts, PointsLedger ledger,
                      PointsRules rules, CustomerService customers, LoyaltyProperties properties,
                      ProcessStarter processStarter) {
        this.redemptions = redemptions;
        this.accounts = accounts;
        this.ledger = ledger;
        this.rules = rules;
        this.customers = customers;
        this.properties = properties;
        this.processStarter = processStarter;
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
        variables.put("approvalNeeded", command.points() > properties.redemptionApprovalAbove());
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

    /** "Record approval". */
    void decide(long id, boolean approved, String userId, String note) {
        redemption(id).decided(approved, userId, note);
    }

    /** "Deduct points": false (and the redemption refused) when the points went meanwhile. */
    boolean deduct(long id, String actor) {
        Redemption redemption = redemption(id);
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

    /** "Record hand-over": delivered, or cancelled (then the points are refunded next). */
    void handOver(long id, boolean delivered, String userId, String note) {
        redemption(id).handedOver(delivered, userId, note);
    }

    /** "Refund points": gives a cancelled redemption's points back as an adjustment with a fresh expiry. */
    void refund(long id, String actor) {
        Redemption redemption = redemption(id);
        PointsAccount account = ledger.lockAccount(redemption.getCustomerId());
        ledger.post(account, EntryType.ADJUSTMENT, redemption.getPoints(), new Posting(SOURCE,
                "RD-" + redemption.getId(), null, null, rules.expiresOn(EntryType.ADJUSTMENT, LocalDate.now()),
                "Refund of cancelled redemption for " + redemption.getGift()), actor);
    }
}
