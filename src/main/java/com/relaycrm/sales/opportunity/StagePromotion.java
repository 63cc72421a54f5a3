package com.relaycrm.sales.opportunity;

import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.TextChecks;
import com.relaycrm.organisation.Groups;
import com.relaycrm.organisation.OrganisationService;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions people take in the stage process, re-checked here whatever path reached the step: the opportunity
 * is the one bound to the process, the owner decides its promotion (a rep adopts a recycled one), a sales manager
 * approves a gated promotion or an over-limit discount, and nobody approves what they asked for themselves — the
 * opportunity's owner, nor the author of the quote whose discount is approved.
 */
@Component
@Transactional
public class StagePromotion {

    /** What the owner chose in the promotion form. */
    public record Decision(Promotion promotion, boolean milestonesMet, String note, String failureReason, LocalDate wakeUpOn) {
    }

    /** What the process does next: the owner (after an adoption) and why a manager must approve, if they must. */
    public record Outcome(String owner, String approvalReason) {

        public boolean approvalNeeded() {
            return approvalReason != null;
        }
    }

    private final OpportunityService opportunities;
    private final QuoteService quotes;
    private final OrganisationService organisation;

    StagePromotion(OpportunityService opportunities, QuoteService quotes, OrganisationService organisation) {
        this.opportunities = opportunities;
        this.quotes = quotes;
        this.organisation = organisation;
    }

    public Outcome decide(String processInstanceId, Decision decision, String userId) {
        Opportunity opportunity = opportunities.ofProcess(processInstanceId);
        requireOpen(opportunity, "promotion");
        long id = opportunity.getId();
        if (opportunity.isRecycled()) {
            if (!organisation.isMember(userId, Groups.SALES) && !organisation.isMember(userId, Groups.SALES_MANAGER)) {
                throw new AccessDeniedException(userId + " is not in sales and may not take over opportunity " + id);
            }
            opportunities.adopt(id, userId);
        } else if (!userId.equals(opportunity.getOwnerId())) {
            throw new AccessDeniedException(userId + " is not the owner of opportunity " + id
                    + " and may not decide its promotion");
        }
        String note = TextChecks.atMost("promotionNote", "The note", decision.note(), OpportunityService.NOTE_LENGTH);
        String approvalReason = null;
        switch (decision.promotion()) {
            case ADVANCE -> {
                if (!decision.milestonesMet()) {
                    throw new InvalidInputException("milestonesMet", "confirm the stage's milestones before promoting",
                            "推进前请确认本阶段里程碑");
                }
                if (opportunity.getStage().next() == OpportunityStage.WON && quotes.latest(id).isEmpty()) {
                    throw new InvalidInputException("promotion", "a won opportunity needs a quote to order from",
                            "成交的商机需要先有报价才能下单");
                }
                approvalReason = approvalReason(opportunity);
                if (approvalReason == null) {
                    opportunities.advance(id, note, userId);
                }
            }
            case FAIL -> opportunities.fail(id, decision.failureReason(), userId);
            case DORMANT -> {
                if (decision.wakeUpOn() == null) {
                    throw new InvalidInputException("wakeUpOn", "is required for a dormant project", "项目休眠时必填");
                }
                opportunities.sleep(id, decision.wakeUpOn(), note, userId);
            }
        }
        return new Outcome(opportunity.getOwnerId(), approvalReason);
    }

    /**
     * A sales manager's answer on a promotion waiting for approval; an approval moves the stage and approves the
     * latest quote's discount. Returns whether it was approved.
     */
    public boolean approve(String processInstanceId, boolean approved, String note, String userId) {
        Opportunity opportunity = opportunities.ofProcess(processInstanceId);
        requireOpen(opportunity, "promotionApproved");
        long id = opportunity.getId();
        if (approvalReason(opportunity) == null) {
            throw new InvalidInputException("promotionApproved", "opportunity " + id + " has no promotion waiting for approval");
        }
        requireMayApprove(opportunity, userId);
        String text = TextChecks.atMost("approvalNote", "The note", note, OpportunityService.NOTE_LENGTH - 100);
        if (approved) {
            quotes.approveLatest(id, userId);
            opportunities.advance(id, "Approved by " + userId + (text == null ? "" : ": " + text), userId);
        }
        return approved;
    }

    /** Refuses the approval task to anyone but a sales manager (or administrator) who did not ask for it. */
    public void requireMayApprove(String processInstanceId, String userId) {
        requireMayApprove(opportunities.ofProcess(processInstanceId), userId);
    }

    private void requireMayApprove(Opportunity opportunity, String userId) {
        if (!organisation.isMember(userId, Groups.SALES_MANAGER) && !organisation.isMember(userId, Groups.ADMIN)) {
            throw new AccessDeniedException(userId + " is not a sales manager and may not approve promotions");
        }
        if (requesters(opportunity).contains(userId)) {
            throw new AccessDeniedException(userId + " asked for this approval on opportunity " + opportunity.getId()
                    + " (as its owner or the author of its quote) and may not approve it: another sales manager must");
        }
    }

    /** Why leaving the current stage needs a manager now, or null when the owner may promote it alone. */
    private String approvalReason(Opportunity opportunity) {
        if (opportunities.stageRules(opportunity).isApprovalToLeave()) {
            return "Internal solution review (" + opportunity.getStage().label() + ")";
        }
        if (quotes.latest(opportunity.getId()).map(Quote::isAwaitingApproval).orElse(false)) {
            return "Quote discount beyond the pricing limit";
        }
        return null;
    }

    /** Who asked for the approval: the owner, and the author of a quote whose discount waits for approval. */
    private Set<String> requesters(Opportunity opportunity) {
        Set<String> requesters = new LinkedHashSet<>();
        if (opportunity.getOwnerId() != null) {
            requesters.add(opportunity.getOwnerId());
        }
        quotes.latest(opportunity.getId()).filter(Quote::isAwaitingApproval)
                .ifPresent(quote -> requesters.add(quote.getCreatedBy()));
        return requesters;
    }

    private static void requireOpen(Opportunity opportunity, String field) {
        if (opportunity.getStatus() != OpportunityStatus.OPEN) {
            throw new InvalidInputException(field, "opportunity " + opportunity.getId() + " is "
                    + opportunity.getStatus() + " and cannot be promoted now");
        }
    }
}
