package com.relaycrm.sales.opportunity.process;

import static com.relaycrm.process.ProcessVariables.flag;
import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredEnum;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.CurrentActor;
import com.relaycrm.sales.opportunity.Promotion;
import com.relaycrm.sales.opportunity.StagePromotion;
import com.relaycrm.sales.opportunity.process.OpportunityProcess.Variables;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record the decision" of the promotion task (promotion = ADVANCE, FAIL or DORMANT) on the process's own
 * opportunity, by its owner ({@link StagePromotion#decide}). Leaving a stage the stages table gates (方案内审), or
 * with a quote discounted beyond the limit, sets approvalNeeded instead of moving.
 */
@Component("recordStageDecision")
class RecordStageDecisionDelegate implements JavaDelegate {

    private final StagePromotion promotion;
    private final CurrentActor actor;
    private final OrganisationService organisation;

    RecordStageDecisionDelegate(StagePromotion promotion, CurrentActor actor, OrganisationService organisation) {
        this.promotion = promotion;
        this.actor = actor;
        this.organisation = organisation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Promotion choice = requiredEnum(execution, Variables.PROMOTION, Promotion.class);
        LocalDate wakeUpOn = choice == Promotion.DORMANT ? date(optionalString(execution, Variables.WAKE_UP_ON)) : null;
        StagePromotion.Outcome outcome = promotion.decide(execution.getProcessInstanceId(), new StagePromotion.Decision(
                choice, flag(execution, Variables.MILESTONES_MET), optionalString(execution, Variables.PROMOTION_NOTE),
                optionalString(execution, Variables.FAILURE_REASON), wakeUpOn), actor.userId());
        OpportunityProcess.decided(execution, outcome.owner(), outcome.approvalNeeded(), outcome.approvalReason(),
                wakeUpOn);
        if (outcome.approvalNeeded()) {
            // the sales manager sees who asks, by name
            execution.setVariable(Variables.REQUESTED_BY, organisation.nameAndId(actor.userId()));
        }
    }

    private static LocalDate date(String text) {
        if (text == null) {
            throw new InvalidInputException(Variables.WAKE_UP_ON, "is required for a dormant project");
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(Variables.WAKE_UP_ON, "'" + text + "' is not a date (yyyy-mm-dd)");
        }
    }
}
