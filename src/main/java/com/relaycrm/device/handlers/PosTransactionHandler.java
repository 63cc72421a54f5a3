package com.relaycrm.device.handlers;

import com.relaycrm.common.Viewer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.device.DeviceMessage.PosTransaction;
import com.relaycrm.device.DeviceMessage;
import com.relaycrm.device.DeviceType;
import com.relaycrm.device.FrameRejectedException;
import com.relaycrm.device.StoredFrame;
import com.relaycrm.loyalty.LoyaltyCommands.ConsumptionLine;
import com.relaycrm.loyalty.LoyaltyCommands.NewConsumption;
import com.relaycrm.loyalty.LoyaltyService.ConsumptionResult;
import com.relaycrm.loyalty.LoyaltyService;
import com.relaycrm.organisation.Groups;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A POS transaction becomes a consumption through the loyalty service, which starts {@code consumption-points} and
 * posts the points; the transaction id (qualified by the terminal) makes a resent transaction earn nothing twice.
 * The member's row is locked first, so two reports of one transaction racing (e.g. from two nodes) are one posting
 * and one replay, never a unique-key error.
 */
@Component
public class PosTransactionHandler implements FrameHandler {

    private static final String SOURCE = "POS";

    private final LoyaltyService loyalty;
    private final CustomerService customers;

    PosTransactionHandler(LoyaltyService loyalty, CustomerService customers) {
        this.loyalty = loyalty;
        this.customers = customers;
    }

    @Override
    public DeviceType type() {
        return DeviceType.POS;
    }

    @Override
    public String handle(StoredFrame frame, DeviceMessage message) {
        PosTransaction transaction = (PosTransaction) message;
        if (customers.lockMemberByCard(transaction.cardNumber()).isEmpty()) {
            throw new FrameRejectedException("unknown card " + transaction.cardNumber());
        }
        List<ConsumptionLine> lines = transaction.lines().stream()
                .map(line -> new ConsumptionLine(line.category(), line.amount())).toList();
        // the terminal posts as a till of the sales floor
        Viewer terminal = new Viewer("device:" + transaction.deviceId(), List.of(Groups.SALES));
        ConsumptionResult result = loyalty.consume(new NewConsumption(null, transaction.cardNumber(), SOURCE,
                externalId(transaction), transaction.amount(), frame.receivedAt(), lines), terminal);
        return "consumption " + result.consumptionId() + (result.replay() ? " (transaction already reported)"
                : ", " + (result.entry() == null ? 0 : result.entry().getPoints()) + " points");
    }

    static String externalId(PosTransaction transaction) {
        return transaction.deviceId() + "-" + transaction.transactionId();
    }
}
