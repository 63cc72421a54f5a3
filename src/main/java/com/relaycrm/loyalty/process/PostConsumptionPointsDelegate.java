package com.relaycrm.loyalty.process;

import com.relaycrm.common.DisplayText;
import com.relaycrm.loyalty.internal.ConsumptionPosting.Posted;
import com.relaycrm.loyalty.internal.ConsumptionPosting;
import com.relaycrm.loyalty.process.ConsumptionPointsProcess.Data;
import com.relaycrm.loyalty.process.ConsumptionPointsProcess.Variables;
import com.relaycrm.process.CurrentActor;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Post points": the decision tables decide the points, the ledger is posted and the tier re-decided. */
@Component("postConsumptionPoints")
class PostConsumptionPointsDelegate implements JavaDelegate {

    private final ConsumptionPosting posting;
    private final CurrentActor actor;

    PostConsumptionPointsDelegate(ConsumptionPosting posting, CurrentActor actor) {
        this.posting = posting;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Posted posted = posting.post(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
                actor.userId());
        Map<String, Object> variables = new HashMap<>();
        variables.put(Data.CUSTOMER_ID, posted.member().getId());
        variables.put(Variables.CUSTOMER_NAME, posted.member().getName());
        variables.put(Variables.CARD_NUMBER, posted.member().getCardNumber());
        variables.put(Variables.OWNER_ID, posted.member().getOwnerId());
        variables.put(Data.EXTERNAL_ID, posted.consumption().getExternalId());
        variables.put(Variables.UPGRADED, posted.upgrade() != null);
        if (posted.newlyPosted()) {
            variables.put(Data.POINTS_EARNED, posted.pointsEarned());
            variables.put(Data.POINTS_AVAILABLE, posted.account().getAvailablePoints());
            variables.put(Data.POINTS_ACCUMULATED, posted.account().getAccumulatedPoints());
            variables.put(Variables.POINTS_AVAILABLE_TEXT, DisplayText.points(posted.account().getAvailablePoints()));
            variables.put(Variables.POINTS_ACCUMULATED_TEXT,
                    DisplayText.points(posted.account().getAccumulatedPoints()));
            variables.put(Data.MEMBER_TIER, posted.account().getTier().name());
        }
        if (posted.upgrade() != null) {
            variables.put(Data.TIER_CHANGE_ID, posted.upgrade().getId());
            variables.put(Variables.OLD_TIER, posted.upgrade().getOldTier().name());
            variables.put(Variables.NEW_TIER, posted.upgrade().getNewTier().name());
        }
        execution.setVariables(variables);
    }
}
