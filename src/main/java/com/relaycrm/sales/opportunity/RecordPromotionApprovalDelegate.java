package com.relaycrm.sales.opportunity;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredLong;
import static com.relaycrm.process.ProcessVariables.requiredYesNo;

import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record approval": an approved promotion moves the stage (and approves the quote's discount); a rejected one stays. */
@Component("recordPromotionApproval")
class RecordPromotionApprovalDelegate implements JavaDelegate {

    private final OpportunityService opportunities;
    private final QuoteService quotes;
    private final CurrentActor actor;

    RecordPromotionApprovalDelegate(OpportunityService opportunities, QuoteService quotes, CurrentActor actor) {
        this.opportunities = opportunities;
        this.quotes = quotes;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = requiredLong(execution, OpportunityVariables.OPPORTUNITY_ID);
        if (!requiredYesNo(execution, "promotionApproved")) {
            return;
        }
        quotes.approveLatest(id, actor.userId());
        String note = optionalString(execution, "approvalNote");
        opportunities.advance(id, "Approved by " + actor.userId() + (note == null ? "" : ": " + note), actor.userId());
    }
}
