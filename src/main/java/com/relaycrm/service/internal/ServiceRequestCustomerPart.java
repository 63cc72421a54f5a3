package com.relaycrm.service.internal;

import com.relaycrm.service.process.ServiceRequestProcess;
import com.relaycrm.service.RequestStatus;
import com.relaycrm.common.Timeline;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerRecordPart;
import com.relaycrm.organisation.Groups;
import com.relaycrm.service.ServiceRequest;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The customer page's service requests: the desk sees all of the customer's, an engineer those worked by them. */
@Component
@Transactional(readOnly = true)
class ServiceRequestCustomerPart implements CustomerRecordPart {

    private static final String KIND = "service-request";
    private static final int LISTED = 100;

    private final ServiceRequestRepository requests;

    ServiceRequestCustomerPart(ServiceRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public String name() {
        return "serviceRequests";
    }

    /** Requests not yet closed may have tasks open (a resolved one still waits for its return visit). */
    @Override
    public Section section(Customer customer, Viewer viewer) {
        List<ServiceRequest> listed = visible(customer, viewer, Timeline.Cursor.START, LISTED);
        return new Section(listed, listed.stream()
                .filter(r -> r.getStatus() != RequestStatus.CLOSED)
                .map(r -> new OpenRecord(ServiceRequestProcess.KEY, r.getRequestNumber(),
                        r.getRequestNumber() + " " + r.getSubject(),
                        "/records/service-request.html?key=" + r.getRequestNumber()))
                .toList());
    }

    @Override
    public List<Timeline.Entry> timeline(Customer customer, Viewer viewer, Timeline.Cursor after, int limit) {
        return visible(customer, viewer, after, limit).stream().map(r -> new Timeline.Entry(r.getCreatedAt(), KIND,
                r.getId(), r.getRequestNumber() + " " + r.getSubject(), r.getStatus().name(), r.getCreatedBy(),
                "/records/service-request.html?key=" + r.getRequestNumber())).toList();
    }

    private List<ServiceRequest> visible(Customer customer, Viewer viewer, Timeline.Cursor after, int limit) {
        boolean all = viewer.inAny(ServiceDesk.GROUPS);
        if (!all && !viewer.inAny(Groups.ENGINEER)) {
            return List.of();
        }
        return requests.ofCustomer(customer.getId(), all, viewer.userId(), after.at(), after.idBelow(KIND),
                PageRequest.of(0, limit));
    }
}
