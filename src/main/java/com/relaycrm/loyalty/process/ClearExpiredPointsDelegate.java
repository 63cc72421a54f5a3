package com.relaycrm.loyalty.process;

import com.relaycrm.loyalty.internal.PointsExpiryService;
import com.relaycrm.loyalty.process.PointsExpiryProcess.Data;
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
        execution.setVariable(Data.MEMBERS_WITH_EXPIRED_POINTS, expiry.sweep(LocalDate.now(), actor.userId()));
    }
}
