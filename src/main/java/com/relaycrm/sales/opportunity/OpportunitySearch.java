package com.relaycrm.sales.opportunity;

import com.relaycrm.common.RecordSearch;
import com.relaycrm.common.Viewer;
import com.relaycrm.sales.opportunity.internal.OpportunityRepository;
import com.relaycrm.sales.opportunity.process.OpportunityProcess;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Opportunities in the search box by name or number (OPP-12): managers all, a rep their own. */
@Component
@Transactional(readOnly = true)
class OpportunitySearch implements RecordSearch {

    private final OpportunityRepository opportunities;

    OpportunitySearch(OpportunityRepository opportunities) {
        this.opportunities = opportunities;
    }

    @Override
    public List<Hit> search(String text, Viewer viewer, int limit) {
        if (!viewer.inAny(OpportunityService.WORK)) {
            return List.of();
        }
        long id = RecordSearch.number(text, OpportunityProcess.BUSINESS_KEY_PREFIX);
        return opportunities.search(RecordSearch.contains(text), viewer.inAny(OpportunityService.SEE_ALL),
                viewer.userId(), id, PageRequest.of(0, limit)).stream()
                .map(o -> new Hit("opportunity", OpportunityProcess.businessKey(o.getId()), o.getName(),
                        OpportunityProcess.businessKey(o.getId()) + " · " + o.getStage())).toList();
    }
}
