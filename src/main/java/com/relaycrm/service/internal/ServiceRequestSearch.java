package com.relaycrm.service.internal;

import com.relaycrm.common.RecordSearch;
import com.relaycrm.common.Viewer;
import com.relaycrm.organisation.Groups;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Service requests in the search box by number or subject: the desk finds all, an engineer those worked by them. */
@Component
@Transactional(readOnly = true)
class ServiceRequestSearch implements RecordSearch {

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
        return requests.search(RecordSearch.contains(text), all, viewer.userId(), PageRequest.of(0, limit)).stream()
                .map(r -> new Hit("service-request", r.getRequestNumber(), r.getSubject(),
                        r.getRequestNumber() + " · " + r.getStatus())).toList();
    }
}
