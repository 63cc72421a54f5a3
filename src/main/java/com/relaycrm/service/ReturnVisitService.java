package com.relaycrm.service;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.TextChecks;
import com.relaycrm.organisation.Groups;
import com.relaycrm.service.internal.ReturnVisitRepository;
import com.relaycrm.service.internal.ServiceDesk;
import com.relaycrm.service.internal.ServiceProperties;
import com.relaycrm.service.internal.ServiceText;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Return visits (服务回访) with their survey, and the manager's follow-up of a dissatisfied customer. */
@Service
@Transactional
public class ReturnVisitService {

    private final ServiceRequestService desk;
    private final ReturnVisitRepository visits;
    private final ServiceProperties properties;

    ReturnVisitService(ServiceRequestService desk, ReturnVisitRepository visits, ServiceProperties properties) {
        this.desk = desk;
        this.visits = visits;
        this.properties = properties;
    }

    /** Records the survey; returns whether the score calls for a manager's follow-up. */
    public boolean record(String processInstanceId, int score, boolean problemSolved, boolean engineerOnTime, String comment,
                   String by) {
        desk.requireMember(by, "record return visits", ServiceDesk.GROUPS);
        if (score < 1 || score > 5) {
            throw new InvalidInputException("satisfactionScore", "must be between 1 and 5, was " + score);
        }
        String text = TextChecks.atMost("surveyComment", "The comment", comment, ServiceText.NOTE);
        ServiceRequest request = desk.ofProcess(processInstanceId);
        long requestId = request.getId();
        ServiceRequestService.requireStatus(request, "satisfactionScore", RequestStatus.RESOLVED);
        if (visits.findByServiceRequestId(requestId).isPresent()) {
            throw new InvalidInputException("serviceRequestId", "service request " + request.getRequestNumber()
                    + " already had its return visit");
        }
        visits.save(new ReturnVisit(requestId, score, problemSolved, engineerOnTime, text, by));
        boolean followUp = score < properties.followUpBelowScore();
        if (!followUp) {
            request.closed(Instant.now());
        }
        return followUp;
    }

    /** A service manager's follow-up of a return visit whose score asked for one. */
    public void followedUp(String processInstanceId, String action, boolean resolved, String by) {
        desk.requireMember(by, "follow up dissatisfied customers", Groups.SERVICE_MANAGER, Groups.ADMIN);
        String text = TextChecks.atMost("followUpAction", "What was done", action, ServiceText.NOTE);
        if (text == null) {
            throw new InvalidInputException("followUpAction", "is required");
        }
        ServiceRequest request = desk.ofProcess(processInstanceId);
        ServiceRequestService.requireStatus(request, "followUpAction", RequestStatus.RESOLVED);
        ReturnVisit visit = visits.findByServiceRequestId(request.getId())
                .filter(done -> done.getFollowUpAt() == null && done.getScore() < properties.followUpBelowScore())
                .orElseThrow(() -> new InvalidInputException("serviceRequestId",
                        "service request " + request.getRequestNumber() + " has no return visit to follow up"));
        visit.followedUp(text, resolved, by);
        request.closed(Instant.now());
    }
}
