package com.relaycrm.loyalty.process;

import com.relaycrm.loyalty.Redemption;
import com.relaycrm.loyalty.RedemptionStatus;
import com.relaycrm.loyalty.internal.RedemptionSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the gateways of {@code points-redemption} ask ({@code ${redemptionDecisions.approved(execution)}}): the
 * answers are read from the redemption of this process as its steps stored them, so a gateway and the step before
 * it can never read a decision two ways, and no variable a user sends decides the path.
 */
@Component("redemptionDecisions")
@Transactional
public class RedemptionDecisions {

    private final RedemptionSteps redemptions;

    RedemptionDecisions(RedemptionSteps redemptions) {
        this.redemptions = redemptions;
    }

    /** The redemption this process is about (bound on first use; see {@link RedemptionSteps#ofProcess}). */
    Redemption redemption(DelegateExecution execution) {
        return redemptions.ofProcess(execution.getProcessInstanceId(), execution.getProcessBusinessKey());
    }

    /** "Above approval threshold?": the stored points against relay.loyalty.redemption-approval-above. */
    public boolean approvalNeeded(DelegateExecution execution) {
        Redemption redemption = redemption(execution);
        if (redemption.getStatus() != RedemptionStatus.REQUESTED) {
            throw new IllegalStateException("redemption RD-" + redemption.getId() + " is " + redemption.getStatus());
        }
        return redemptions.approvalNeeded(redemption);
    }

    /** "Approved?": the approver's recorded decision. */
    public boolean approved(DelegateExecution execution) {
        return redemption(execution).getStatus() == RedemptionStatus.APPROVED;
    }

    /** "Deducted?": the points were there and are deducted. */
    public boolean deducted(DelegateExecution execution) {
        return redemption(execution).getStatus() == RedemptionStatus.DEDUCTED;
    }

    /** "Delivered?": the warehouse's recorded hand-over. */
    public boolean delivered(DelegateExecution execution) {
        return redemption(execution).getStatus() == RedemptionStatus.DELIVERED;
    }
}
