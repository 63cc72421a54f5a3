package com.relaycrm.loyalty;

import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Post points": the decision tables decide the points, the ledger is posted and the tier re-decided. */
@Component("postConsumptionPoints")
class PostConsumptionPointsDelegate implements JavaDelegate {

    private final LoyaltyService loyalty;
    private final CurrentActor actor;

    PostConsumptionPointsDelegate(LoyaltyService loyalty, CurrentActor actor) {
        this.loyalty = loyalty;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(loyalty.postConsumption(execution.getProcessInstanceId(),
                execution.getProcessBusinessKey(), actor.userId()));
    }
}
