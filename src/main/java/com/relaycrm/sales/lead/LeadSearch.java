package com.relaycrm.sales.lead;

import com.relaycrm.common.RecordSearch;
import com.relaycrm.common.Viewer;
import com.relaycrm.organisation.Groups;
import com.relaycrm.sales.lead.internal.LeadRepository;
import com.relaycrm.sales.lead.process.LeadProcess;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Leads in the search box by number (LEAD-12), name, company, phone or email, as GET /api/sales/leads/{id} shows them: managers all, a rep their own and the public pool. */
@Component
@Transactional(readOnly = true)
class LeadSearch implements RecordSearch {

    private final LeadRepository leads;

    LeadSearch(LeadRepository leads) {
        this.leads = leads;
    }

    @Override
    public List<Hit> search(String text, Viewer viewer, int limit) {
        boolean all = viewer.inAny(LeadService.MANAGE);
        if (!all && !viewer.inAny(Groups.SALES)) {
            return List.of();
        }
        long id = RecordSearch.number(text, LeadProcess.BUSINESS_KEY_PREFIX);
        return leads.search(RecordSearch.contains(text), all, viewer.userId(), id, PageRequest.of(0, limit)).stream()
                .map(l -> new Hit("lead", LeadProcess.businessKey(l.getId()), l.getName(),
                        RecordSearch.detail(LeadProcess.businessKey(l.getId()), l.getCompany(), l.getPhone(),
                                l.getEmail()))).toList();
    }
}
