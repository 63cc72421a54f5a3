package com.relaycrm.sales.opportunity;

import static com.relaycrm.process.ProcessVariables.flag;
import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredEnum;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.process.CurrentActor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
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

    RecordStageDecisionDelegate(StagePromotion promotion, CurrentActor actor) {
        this.promotion = promotion;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Promotion choice = requiredEnum(execution, "promotion", Promotion.class);
        LocalDate wakeUpOn = choice == Promotion.DORMANT ? date(optionalString(execution, "wakeUpOn")) : null;
        StagePromotion.Outcome outcome = promotion.decide(execution.getProcessInstanceId(), new StagePromotion.Decision(
                choice, flag(execution, "milestonesMet"), optionalString(execution, "promotionNote"),
                optionalString(execution, "failureReason"), wakeUpOn), actor.userId());
        execution.setVariable("owner", outcome.owner());
        execution.setVariable("approvalNeeded", outcome.approvalNeeded());
        if (outcome.approvalNeeded()) {
            execution.setVariable("approvalReason", outcome.approvalReason());
        }
        if (wakeUpOn != null) {
            execution.setVariable("wakeUpAt", Date.from(wakeUpOn.atStartOfDay(ZoneId.systemDefault()).toInstant()));
        }
    }

    private static LocalDate date(String text) {
        if (text == null) {
            throw new InvalidInputException("wakeUpOn", "is required for a dormant project");
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("wakeUpOn", "'" + text + "' is not a date (yyyy-mm-dd)");
        }
    }
}
