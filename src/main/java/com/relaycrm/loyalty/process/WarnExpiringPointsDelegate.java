package com.relaycrm.loyalty.process;

import com.relaycrm.loyalty.internal.ExpiryWarnings;
import com.relaycrm.loyalty.process.PointsExpiryProcess.Data;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Warn members of expiring points": emails members whose points expire soon; sets membersWarned. */
@Component("warnExpiringPoints")
class WarnExpiringPointsDelegate implements JavaDelegate {

    private final ExpiryWarnings warnings;

    WarnExpiringPointsDelegate(ExpiryWarnings warnings) {
        this.warnings = warnings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Data.MEMBERS_WARNED, warnings.warn(LocalDate.now()));
    }
}
