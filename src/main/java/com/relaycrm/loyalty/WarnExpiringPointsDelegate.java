package com.relaycrm.loyalty;

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
        execution.setVariable("membersWarned", warnings.warn(LocalDate.now()));
    }
}
