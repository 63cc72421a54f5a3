package com.relaycrm.sales.opportunity.process;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredYesNo;

import com.relaycrm.process.CurrentActor;
import com.relaycrm.sales.opportunity.StagePromotion;
import com.relaycrm.sales.opportunity.process.OpportunityProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record approval": an approved promotion moves the stage (and approves the quote's discount); a rejected one
 * stays. A sales manager other than the requester answers ({@link StagePromotion#approve}).
 */
@Component("recordPromotionApproval")
class RecordPromotionApprovalDelegate implements JavaDelegate {

    private final StagePromotion promotion;
    private final CurrentActor actor;

    RecordPromotionApprovalDelegate(StagePromotion promotion, CurrentActor actor) {
        this.promotion = promotion;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        promotion.approve(execution.getProcessInstanceId(), requiredYesNo(execution, Variables.PROMOTION_APPROVED),
                optionalString(execution, Variables.APPROVAL_NOTE), actor.userId());
    }
}
