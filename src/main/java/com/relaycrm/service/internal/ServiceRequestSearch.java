package com.relaycrm.service.internal;

import com.relaycrm.common.RecordSearch;
import com.relaycrm.common.Viewer;
import com.relaycrm.organisation.Groups;
import com.relaycrm.service.ServiceRequest;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Service requests in the search box by number (SR-000123, also typed SR-123) or subject: the desk finds all, an engineer those worked by them. */
@Component
@Transactional(readOnly = true)
class ServiceRequestSearch implements RecordSearch {

    private static final String NUMBER_PREFIX = "SR-";

    private final ServiceRequestRepository requests;

    ServiceRequestSearch(ServiceRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public List<Hit> search(String text, Viewer viewer, int limit) {
        boolean all = viewer.inAny(ServiceDesk.GROUPS);
        if (!all && !viewer.inAny(Groups.ENGINEER)) {
            return List.of();
        }
        // SR-123 is the request numbered SR-000123; the number as stored (any case) is found by "contains"
        long id = RecordSearch.number(text, NUMBER_PREFIX);
        String number = id < 0 ? "" : ServiceRequest.numberFor(id);
        return requests.search(RecordSearch.contains(text), all, viewer.userId(), number, PageRequest.of(0, limit))
                .stream()
                .map(r -> new Hit("service-request", r.getRequestNumber(), r.getSubject(),
                        r.getRequestNumber() + " · " + r.getStatus())).toList();
    }
}
