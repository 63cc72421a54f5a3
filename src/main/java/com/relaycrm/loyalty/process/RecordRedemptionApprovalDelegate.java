package com.relaycrm.loyalty.process;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredYesNo;

import com.relaycrm.loyalty.internal.RedemptionSteps;
import com.relaycrm.loyalty.process.PointsRedemptionProcess.Variables;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record approval": the sales manager's decision (redemptionApproved) and note on a large redemption. */
@Component("recordRedemptionApproval")
class RecordRedemptionApprovalDelegate implements JavaDelegate {

    private final RedemptionSteps redemptions;
    private final CurrentActor actor;
    private final RedemptionDecisions decisions;

    private final OrganisationService organisation;

    RecordRedemptionApprovalDelegate(RedemptionSteps redemptions, CurrentActor actor, RedemptionDecisions decisions,
                                     OrganisationService organisation) {
        this.organisation = organisation;
        this.decisions = decisions;
        this.redemptions = redemptions;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        redemptions.decide(decisions.redemption(execution),
                requiredYesNo(execution, Variables.REDEMPTION_APPROVED), actor.userId(),
                optionalString(execution, Variables.APPROVAL_NOTE));
        // whoever hands the gift over sees who approved it, by name
        execution.setVariable(Variables.APPROVED_BY, organisation.nameAndId(actor.userId()));
    }
}
