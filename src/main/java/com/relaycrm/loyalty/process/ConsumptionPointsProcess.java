package com.relaycrm.loyalty.process;

import com.relaycrm.loyalty.Consumption;
import com.relaycrm.process.ProcessGateway;
import com.relaycrm.process.ProcessStarter;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The "Consumption points" process ({@code processes/consumption-points.bpmn}): a stored purchase earns points in
 * one synchronous step; an upgrade gives the member's owner a welcome task. Owns the names the diagram, its form and
 * its steps share, and is the only code that starts it.
 */
@Component
@ProcessGateway(ConsumptionPointsProcess.KEY)
public class ConsumptionPointsProcess {

    public static final String KEY = "consumption-points";

    public static final class Tasks {
        public static final String WELCOME_MEMBER = "WelcomeMember";

        private Tasks() {
        }
    }

    public static final class Forms {
        public static final String MEMBER_WELCOME = "member-welcome";

        private Forms() {
        }
    }

    public static final class Variables {
        /** Set by "Post points": whether the purchase lifted the member's tier (the gateway's condition). */
        public static final String UPGRADED = "upgraded";
        /** The member's owner, the welcome task's assignee. */
        public static final String OWNER_ID = "ownerId";
        public static final String CUSTOMER_NAME = "customerName";
        public static final String CARD_NUMBER = "cardNumber";
        public static final String OLD_TIER = "oldTier";
        public static final String NEW_TIER = "newTier";
        public static final String POINTS_ACCUMULATED_TEXT = "pointsAccumulatedText";
        /** Points as people read them: "12,000 points / 12,000 积分" (the numbers are in Data). */
        public static final String POINTS_AVAILABLE_TEXT = "pointsAvailableText";
        /** The welcome form's answer. */
        public static final String WELCOME_NOTE = "welcomeNote";

        private Variables() {
        }
    }

    public static final class Data {
        public static final String POINTS_AVAILABLE = "pointsAvailable";
        public static final String POINTS_ACCUMULATED = "pointsAccumulated";
        /** Given at the start: the stored purchase (the first step binds it by business key, never by this). */
        public static final String CONSUMPTION_ID = "consumptionId";
        public static final String CUSTOMER_ID = "customerId";
        public static final String EXTERNAL_ID = "externalId";
        public static final String POINTS_EARNED = "pointsEarned";
        public static final String MEMBER_TIER = "memberTier";
        /** On an upgrade: the tier change the welcome is recorded with. */
        public static final String TIER_CHANGE_ID = "tierChangeId";

        private Data() {
        }
    }

    private final ProcessStarter starter;

    ConsumptionPointsProcess(ProcessStarter starter) {
        this.starter = starter;
    }

    /** Starts the process for a stored purchase, business key source-externalId (e.g. POS-T000123). */
    public String start(Consumption consumption) {
        return starter.start(KEY, businessKey(consumption.getSourceType(), consumption.getExternalId()),
                Map.of(Data.CONSUMPTION_ID, consumption.getId())).getId();
    }

    public static String businessKey(String source, String externalId) {
        return source + "-" + externalId;
    }

    /** The purchase a business key names: source and external id (the source has no dash), if it names one. */
    public static Optional<PurchaseKey> purchase(String businessKey) {
        int dash = businessKey == null ? -1 : businessKey.indexOf('-');
        return dash < 0 ? Optional.empty()
                : Optional.of(new PurchaseKey(businessKey.substring(0, dash), businessKey.substring(dash + 1)));
    }

    public record PurchaseKey(String source, String externalId) {}
}
