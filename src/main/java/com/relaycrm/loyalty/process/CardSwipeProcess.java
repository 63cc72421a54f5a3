package com.relaycrm.loyalty.process;

import com.relaycrm.process.ProcessGateway;
import com.relaycrm.process.ProcessStarter;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The "Member card swipe" process ({@code processes/card-swipe.bpmn}): the clerk serves the member holding a swiped
 * card, or registers the holder of an unknown card (with the registration bonus). Owns the names the diagram, its
 * forms and its steps share, and is the only code that starts it (for the device gateway, through
 * {@code LoyaltyService.cardSwiped}).
 */
@Component
@ProcessGateway(CardSwipeProcess.KEY)
public class CardSwipeProcess {

    public static final String KEY = "card-swipe";
    private static final String BUSINESS_KEY_PREFIX = "FRAME-";

    public static final class Tasks {
        public static final String SERVE_MEMBER = "ServeMember";
        public static final String REGISTER_MEMBER = "RegisterMember";

        private Tasks() {
        }
    }

    public static final class Forms {
        public static final String MEMBER = "card-swipe-member";
        public static final String REGISTRATION = "member-registration";

        private Forms() {
        }
    }

    public static final class Variables {
        /** Set by "Identify the member" (the gateway's condition). */
        public static final String MEMBER_FOUND = "memberFound";
        /** Given at the start, shown on both forms. */
        public static final String CARD_NUMBER = "cardNumber";
        public static final String DEVICE_ID = "deviceId";
        /** The member, shown to the clerk. */
        public static final String CUSTOMER_CODE = "customerCode";
        public static final String CUSTOMER_NAME = "customerName";
        public static final String MEMBER_TIER = "memberTier";
        /** Points as people read them: "12,000 points / 12,000 积分" (the numbers are in Data). */
        public static final String POINTS_AVAILABLE_TEXT = "pointsAvailableText";
        public static final String POINTS_ACCUMULATED_TEXT = "pointsAccumulatedText";
        /** The serve form's answer. */
        public static final String SERVICE_NOTE = "serviceNote";
        /** The registration form's answers. */
        public static final String MEMBER_NAME = "memberName";
        public static final String PHONE = "phone";
        public static final String EMAIL = "email";

        private Variables() {
        }
    }

    public static final class Data {
        public static final String POINTS_AVAILABLE = "pointsAvailable";
        public static final String POINTS_ACCUMULATED = "pointsAccumulated";
        /** Given at the start: the stored frame and when the card was read. */
        public static final String FRAME_ID = "frameId";
        public static final String SWIPED_AT = "swipedAt";
        /** The member found or registered. */
        public static final String CUSTOMER_ID = "customerId";
        public static final String OWNER_ID = "ownerId";

        private Data() {
        }
    }

    private final ProcessStarter starter;

    CardSwipeProcess(ProcessStarter starter) {
        this.starter = starter;
    }

    /**
     * Starts the process for a card read by a device, business key FRAME-&lt;frame id&gt;; returns its id. Under system
     * authority like the other processes the application starts for a stored record (nobody holds CREATE_INSTANCE on
     * card-swipe), so it does not depend on who, if anyone, is authenticated on the thread that handles the frame.
     */
    public String start(long frameId, String deviceId, String cardNumber, Instant swipedAt) {
        return starter.start(KEY, businessKey(frameId),
                Map.of(Data.FRAME_ID, frameId, Variables.DEVICE_ID, deviceId, Variables.CARD_NUMBER, cardNumber,
                        Data.SWIPED_AT, Date.from(swipedAt))).getId();
    }

    public static String businessKey(long frameId) {
        return BUSINESS_KEY_PREFIX + frameId;
    }
}
