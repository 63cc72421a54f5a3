package com.relaycrm.loyalty.web;

import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.NotFoundException;
import com.relaycrm.common.Timeline;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerRecordPart;
import com.relaycrm.loyalty.LoyaltyService;
import com.relaycrm.loyalty.PointsEntry;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The customer page's membership: tier, points and the latest ledger entries, for whoever may see the member's
 * points (GET /api/loyalty/members/{id}); nothing for a non-member or a viewer who may not.
 */
@Component
class LoyaltyCustomerPart implements CustomerRecordPart {

    /** The member's points with their newest ledger entries. */
    record Membership(LoyaltyService.MemberPoints points, List<PointsEntry> latestEntries) {
    }

    private static final String KIND = "points";
    private static final int LATEST = 10;

    private final LoyaltyService loyalty;

    LoyaltyCustomerPart(LoyaltyService loyalty) {
        this.loyalty = loyalty;
    }

    @Override
    public String name() {
        return "membership";
    }

    @Override
    public Section section(Customer customer, Viewer viewer) {
        return Section.of(membership(customer, viewer));
    }

    private Membership membership(Customer customer, Viewer viewer) {
        if (!customer.isMember()) {
            return null;
        }
        try {
            return new Membership(loyalty.member(customer.getId(), viewer),
                    loyalty.ledger(customer.getId(), 0, LATEST, viewer).entries());
        } catch (NotFoundException | AccessDeniedException e) {
            return null;
        }
    }

    @Override
    public List<Timeline.Entry> timeline(Customer customer, Viewer viewer, Timeline.Cursor after, int limit) {
        if (!customer.isMember()) {
            return List.of();
        }
        try {
            return loyalty.timeline(customer.getId(), after.at(), after.idBelow(KIND), limit, viewer).stream()
                    .map(e -> new Timeline.Entry(e.getCreatedAt(), KIND, e.getId(),
                            e.getEntryType().name() + " " + (e.getPoints() > 0 ? "+" : "") + e.getPoints(),
                            e.getDescription(), e.getCreatedBy(), null)).toList();
        } catch (NotFoundException | AccessDeniedException e) {
            return List.of();
        }
    }
}
