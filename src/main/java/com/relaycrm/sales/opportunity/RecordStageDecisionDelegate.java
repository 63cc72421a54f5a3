package com.relaycrm.sales.opportunity;

import static com.relaycrm.process.ProcessVariables.flag;
import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredLong;
import static com.relaycrm.process.ProcessVariables.requiredString;

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
 * "Record the decision" of the promotion task (promotion = ADVANCE, FAIL or DORMANT). Advancing needs the
 * milestones confirmed; leaving a stage the stages table gates (方案内审), or with a quote discounted beyond the
 * limit, sets approvalNeeded instead of moving; a win needs a quote to order from.
 */
@Component("recordStageDecision")
class RecordStageDecisionDelegate implements JavaDelegate {

    private final OpportunityService opportunities;
    private final QuoteService quotes;
    private final CurrentActor actor;

    RecordStageDecisionDelegate(OpportunityService opportunities, QuoteService quotes, CurrentActor actor) {
        this.opportunities = opportunities;
        this.quotes = quotes;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = requiredLong(execution, OpportunityVariables.OPPORTUNITY_ID);
        String promotion = requiredString(execution, "promotion").toUpperCase();
        String note = optionalString(execution, "promotionNote");
        execution.setVariable("approvalNeeded", false);
        if (opportunities.get(id).isRecycled()) {
            opportunities.adopt(id, actor.userId());
            execution.setVariable("owner", actor.userId());
        }
        switch (promotion) {
            case "ADVANCE" -> advance(execution, id, note);
            case "FAIL" -> opportunities.fail(id, optionalString(execution, "failureReason"), actor.userId());
            case "DORMANT" -> {
                LocalDate until = date(optionalString(execution, "wakeUpOn"));
                opportunities.sleep(id, until, note, actor.userId());
                execution.setVariable("wakeUpAt", Date.from(until.atStartOfDay(ZoneId.systemDefault()).toInstant()));
            }
            default -> throw new InvalidInputException("promotion", "'" + promotion + "' is not ADVANCE, FAIL or DORMANT");
        }
    }

    private void advance(DelegateExecution execution, long id, String note) {
        if (!flag(execution, "milestonesMet")) {
            throw new InvalidInputException("milestonesMet", "confirm the stage's milestones before promoting");
        }
        Opportunity opportunity = opportunities.get(id);
        if (opportunity.getStage().next() == OpportunityStage.WON && quotes.latest(id).isEmpty()) {
            throw new InvalidInputException("promotion", "a won opportunity needs a quote to order from");
        }
        String reason = null;
        if (opportunities.stageRules(opportunity).isApprovalToLeave()) {
            reason = "Internal solution review (" + opportunity.getStage().label() + ")";
        } else if (quotes.latest(id).map(Quote::isAwaitingApproval).orElse(false)) {
            reason = "Quote discount beyond the pricing limit";
        }
        if (reason != null) {
            execution.setVariable("approvalNeeded", true);
            execution.setVariable("approvalReason", reason);
            return;
        }
        opportunities.advance(id, note, actor.userId());
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
