package com.relaycrm.service.web;

import com.relaycrm.common.ReportPeriod;
import com.relaycrm.common.Viewer;
import com.relaycrm.service.ReturnVisit;
import com.relaycrm.service.ServiceRequest;
import com.relaycrm.service.internal.ReturnVisitRepository;
import com.relaycrm.service.internal.ServiceDesk;
import com.relaycrm.service.internal.ServiceProperties;
import com.relaycrm.service.internal.ServiceRequestRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service report (服务报表) per queue and month of opening: how many requests were first answered within
 * {@code relay.service.first-reply-target} (1 hour) and resolved within {@code resolution-target} (24 hours) of being
 * opened, and the return visits' satisfaction score. For the service desk, its managers and administrators.
 */
@Service
@Transactional(readOnly = true)
public class ServiceReport {

    /** One queue in one month; rates in percent of the month's requests, the score the mean of the visits'. */
    public record QueueMonth(String queue, String month, long requests, long firstRepliedInTarget,
                             double firstReplyRate, long resolvedInTarget, double resolutionRate, long surveys,
                             Double averageScore) {
    }

    public record Report(String from, String to, long firstReplyTargetMinutes, long resolutionTargetHours,
                         List<QueueMonth> rows) {
    }

    private final ServiceRequestRepository requests;
    private final ReturnVisitRepository visits;
    private final ServiceProperties properties;

    ServiceReport(ServiceRequestRepository requests, ReturnVisitRepository visits, ServiceProperties properties) {
        this.requests = requests;
        this.visits = visits;
        this.properties = properties;
    }

    public Report report(ReportPeriod period, Viewer viewer) {
        viewer.requireAny("see the service report", ServiceDesk.GROUPS);
        List<ServiceRequest> opened = requests.findByCreatedAtGreaterThanEqualAndCreatedAtLessThan(period.start(),
                period.end());
        Map<Long, ReturnVisit> visitOf = visits.ofRequestsOpened(period.start(), period.end()).stream()
                .collect(Collectors.toMap(ReturnVisit::getServiceRequestId, Function.identity()));
        Map<String, List<ServiceRequest>> byQueueMonth = new TreeMap<>(opened.stream().collect(Collectors.groupingBy(
                r -> (r.getQueue() == null ? "-" : r.getQueue()) + "|" + ReportPeriod.monthOf(r.getCreatedAt()))));
        List<QueueMonth> rows = new ArrayList<>();
        byQueueMonth.forEach((key, group) -> {
            long replied = group.stream().filter(r -> within(r.getCreatedAt(), r.getFirstRespondedAt(),
                    properties.firstReplyTarget())).count();
            long resolved = group.stream().filter(r -> within(r.getCreatedAt(), r.getResolvedAt(),
                    properties.resolutionTarget())).count();
            List<Integer> scores = group.stream().map(r -> visitOf.get(r.getId())).filter(v -> v != null)
                    .map(ReturnVisit::getScore).toList();
            String[] parts = key.split("\\|", 2);
            rows.add(new QueueMonth(parts[0], parts[1], group.size(), replied, percent(replied, group.size()),
                    resolved, percent(resolved, group.size()), scores.size(),
                    scores.isEmpty() ? null : Math.round(scores.stream().mapToInt(Integer::intValue).average()
                            .orElse(0) * 100) / 100.0));
        });
        return new Report(period.from().toString(), period.to().toString(), properties.firstReplyTarget().toMinutes(),
                properties.resolutionTarget().toHours(), rows);
    }

    private static boolean within(Instant opened, Instant done, Duration target) {
        return done != null && !done.isAfter(opened.plus(target));
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
