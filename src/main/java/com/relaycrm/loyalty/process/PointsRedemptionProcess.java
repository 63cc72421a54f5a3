package com.relaycrm.loyalty.process;

import com.relaycrm.common.DisplayText;
import com.relaycrm.customer.Customer;
import com.relaycrm.loyalty.Redemption;
import com.relaycrm.process.ProcessGateway;
import com.relaycrm.process.ProcessStarter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The "Points redemption" process ({@code processes/points-redemption.bpmn}): approval above the threshold, the
 * deduction, the hand-over or the refund. Owns the names the diagram, its forms and its steps share, and is the only
 * code that starts it.
 */
@Component
@ProcessGateway(PointsRedemptionProcess.KEY)
public class PointsRedemptionProcess {

    public static final String KEY = "points-redemption";
    private static final String BUSINESS_KEY_PREFIX = "RD-";

    public static final class Tasks {
        public static final String APPROVE_REDEMPTION = "ApproveRedemption";
        public static final String HAND_OVER_GIFT = "HandOverGift";

        private Tasks() {
        }
    }

    public static final class Forms {
        public static final String APPROVAL = "points-redemption-approval";
        public static final String FULFILMENT = "points-redemption-fulfilment";

        private Forms() {
        }
    }

    public static final class Variables {
        /** Shown on both task forms, set at the start. */
        public static final String CUSTOMER_NAME = "customerName";
        public static final String CARD_NUMBER = "cardNumber";
        public static final String GIFT = "gift";
        /** The points asked for and those the member has, as people read them: "12,000 points / 12,000 积分". */
        public static final String POINTS_TEXT = "pointsText";
        public static final String POINTS_AVAILABLE_TEXT = "pointsAvailableText";
        /** The approval form's answer. */
        public static final String REDEMPTION_APPROVED = "redemptionApproved";
        public static final String APPROVAL_NOTE = "approvalNote";
        /** Who approved it, for the hand-over: "Zhao Lei (salesmgr1)"; unset when no approval was needed. */
        public static final String APPROVED_BY = "approvedBy";
        /** The fulfilment form's answer. */
        public static final String GIFT_DELIVERED = "giftDelivered";
        public static final String HANDOVER_NOTE = "handoverNote";

        private Variables() {
        }
    }

    public static final class Data {
        /** The stored redemption (for the task cards; the steps find it by business key, never by this). */
        public static final String REDEMPTION_ID = "redemptionId";
        /** The points asked for and those the member has (numbers); forms show the *_TEXT variables. */
        public static final String POINTS = "points";
        public static final String POINTS_AVAILABLE = "pointsAvailable";
        /** Set by "Deduct points": false when the points went meanwhile. */
        public static final String DEDUCTED = "deducted";

        private Data() {
        }
    }

    private final ProcessStarter starter;

    PointsRedemptionProcess(ProcessStarter starter) {
        this.starter = starter;
    }

    /** Starts the process for a stored redemption of the member, who has {@code available} points now. */
    public String start(Redemption redemption, Customer member, long available) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Data.REDEMPTION_ID, redemption.getId());
        variables.put(Variables.CUSTOMER_NAME, member.getName());
        variables.put(Variables.CARD_NUMBER, member.getCardNumber());
        variables.put(Variables.GIFT, redemption.getGift());
        variables.put(Data.POINTS, redemption.getPoints());
        variables.put(Data.POINTS_AVAILABLE, available);
        variables.put(Variables.POINTS_TEXT, DisplayText.points(redemption.getPoints()));
        variables.put(Variables.POINTS_AVAILABLE_TEXT, DisplayText.points(available));
        return starter.start(KEY, businessKey(redemption.getId()), variables).getId();
    }

    public static String businessKey(long redemptionId) {
        return BUSINESS_KEY_PREFIX + redemptionId;
    }

    /** The redemption id a business key names, or null when it names none. */
    public static Long redemptionId(String businessKey) {
        if (businessKey == null || !businessKey.startsWith(BUSINESS_KEY_PREFIX)) {
            return null;
        }
        try {
            return Long.parseLong(businessKey.substring(BUSINESS_KEY_PREFIX.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
