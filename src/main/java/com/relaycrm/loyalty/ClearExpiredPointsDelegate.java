package com.relaycrm.loyalty;

import com.relaycrm.process.CurrentActor;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Clear expired points": the sweep for today; sets membersWithExpiredPoints. */
@Component("clearExpiredPoints")
class ClearExpiredPointsDelegate implements JavaDelegate {

    private final PointsExpiryService expiry;
    private final CurrentActor actor;

    ClearExpiredPointsDelegate(PointsExpiryService expiry, CurrentActor actor) {
        this.expiry = expiry;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("membersWithExpiredPoints", expiry.sweep(LocalDate.now(), actor.userId()));
    }
}
