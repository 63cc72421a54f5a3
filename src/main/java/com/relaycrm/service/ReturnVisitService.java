package com.relaycrm.service;

import com.relaycrm.common.InvalidInputException;
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
    boolean record(long requestId, int score, boolean problemSolved, boolean engineerOnTime, String comment,
                   String by) {
        if (score < 1 || score > 5) {
            throw new InvalidInputException("satisfactionScore", "must be between 1 and 5, was " + score);
        }
        if (visits.findByServiceRequestId(requestId).isPresent()) {
            throw new InvalidInputException("serviceRequestId", "service request " + requestId + " already had its return visit");
        }
        ServiceRequest request = desk.request(requestId);
        visits.save(new ReturnVisit(requestId, score, problemSolved, engineerOnTime, comment, by));
        boolean followUp = score < properties.followUpBelowScore();
        if (!followUp) {
            request.closed(Instant.now());
        }
        return followUp;
    }

    void followedUp(long requestId, String action, boolean resolved, String by) {
        ReturnVisit visit = visits.findByServiceRequestId(requestId)
                .orElseThrow(() -> new InvalidInputException("serviceRequestId",
                        "service request " + requestId + " has no return visit to follow up"));
        visit.followedUp(action, resolved, by);
        desk.request(requestId).closed(Instant.now());
    }
}
