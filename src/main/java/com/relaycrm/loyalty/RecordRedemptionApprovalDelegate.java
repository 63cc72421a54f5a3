package com.relaycrm.loyalty;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredYesNo;

import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record approval": the sales manager's decision (redemptionApproved) and note on a large redemption. */
@Component("recordRedemptionApproval")
class RecordRedemptionApprovalDelegate implements JavaDelegate {

    private final RedemptionService redemptions;
    private final CurrentActor actor;
    private final RedemptionDecisions decisions;

    RecordRedemptionApprovalDelegate(RedemptionService redemptions, CurrentActor actor, RedemptionDecisions decisions) {
        this.decisions = decisions;
        this.redemptions = redemptions;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        redemptions.decide(decisions.redemption(execution),
                requiredYesNo(execution, "redemptionApproved"), actor.userId(),
                optionalString(execution, "approvalNote"));
    }
}
