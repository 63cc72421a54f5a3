package com.relaycrm.loyalty;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.NotFoundException;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.loyalty.LoyaltyCommands.NewRedemption;
import com.relaycrm.loyalty.internal.PointsAccountRepository;
import com.relaycrm.loyalty.internal.RedemptionRepository;
import com.relaycrm.loyalty.process.PointsRedemptionProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Points redemption (积分兑换): the request (refused at once when the points are not there), which starts the
 * {@code points-redemption} process; its steps (approval, deduction, hand-over, refund) are in
 * {@code internal.RedemptionSteps}.
 */
@Service
@Transactional
public class RedemptionService {

    private final RedemptionRepository redemptions;
    private final PointsAccountRepository accounts;
    private final CustomerService customers;
    private final PointsRedemptionProcess process;

    RedemptionService(RedemptionRepository redemptions, PointsAccountRepository accounts, CustomerService customers,
                      PointsRedemptionProcess process) {
        this.redemptions = redemptions;
        this.accounts = accounts;
        this.customers = customers;
        this.process = process;
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
        redemption.attachProcess(process.start(redemption, member, available));
        return redemption;
    }

    @Transactional(readOnly = true)
    public Redemption redemption(long id) {
        return redemptions.findById(id).orElseThrow(() -> new NotFoundException("Redemption", id));
    }
}
