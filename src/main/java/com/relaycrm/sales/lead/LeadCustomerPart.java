package com.relaycrm.sales.lead;

import com.relaycrm.common.Timeline;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerRecordPart;
import com.relaycrm.sales.lead.internal.LeadActivityRepository;
import com.relaycrm.sales.lead.internal.LeadRepository;
import com.relaycrm.sales.lead.process.LeadProcess;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer page's leads (those converted into the customer or linked to it) with their activities on the
 * timeline (follow-ups, assignments, pool moves, recycling, conversion) and their open tasks. Data permission as
 * {@link LeadService#lead}: managers see every lead, a rep those they hold and those in the public pool.
 */
@Component
@Transactional(readOnly = true)
class LeadCustomerPart implements CustomerRecordPart {

    private static final String KIND = "lead-activity";
    private static final int LISTED = 100;

    private final LeadRepository leads;
    private final LeadActivityRepository activities;

    LeadCustomerPart(LeadRepository leads, LeadActivityRepository activities) {
        this.leads = leads;
        this.activities = activities;
    }

    @Override
    public String name() {
        return "leads";
    }

    @Override
    public Section section(Customer customer, Viewer viewer) {
        List<Lead> listed = visible(customer, viewer);
        return new Section(listed, listed.stream().filter(l -> l.getStatus().isOpen())
                .map(l -> new OpenRecord(LeadProcess.KEY, LeadProcess.businessKey(l.getId()), title(l), link(l)))
                .toList());
    }

    @Override
    public List<Timeline.Entry> timeline(Customer customer, Viewer viewer, Timeline.Cursor after, int limit) {
        if (!viewer.inAny(LeadService.ENTER)) {
            return List.of();
        }
        return activities.ofCustomer(customer.getId(), viewer.inAny(LeadService.MANAGE), viewer.userId(), after.at(),
                after.idBelow(KIND), PageRequest.of(0, limit)).stream().map(row -> {
            LeadActivity a = (LeadActivity) row[0];
            Lead lead = (Lead) row[1];
            return new Timeline.Entry(a.getOccurredAt(), KIND, a.getId(), title(lead),
                    a.getNote() == null || a.getNote().isBlank() ? a.getKind().name()
                            : a.getKind().name() + ": " + a.getNote(),
                    a.getActor(), link(lead));
        }).toList();
    }

    private List<Lead> visible(Customer customer, Viewer viewer) {
        if (!viewer.inAny(LeadService.ENTER)) {
            return List.of();
        }
        return leads.ofCustomer(customer.getId(), viewer.inAny(LeadService.MANAGE), viewer.userId(),
                PageRequest.of(0, LISTED));
    }

    private static String title(Lead lead) {
        return LeadProcess.businessKey(lead.getId()) + " " + lead.getName();
    }

    private static String link(Lead lead) {
        return "/records/lead.html?key=" + LeadProcess.businessKey(lead.getId());
    }
}
