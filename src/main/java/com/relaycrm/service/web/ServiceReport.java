package com.relaycrm.service.web;

import com.relaycrm.common.ReportPeriod;
import com.relaycrm.common.Viewer;
import com.relaycrm.service.internal.ServiceDesk;
import com.relaycrm.service.internal.ServiceProperties;
import com.relaycrm.service.internal.ServiceReportFigures;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service report (服务报表) per queue and month of opening: how many requests were first answered within
 * {@code relay.service.first-reply-target} (1 hour) and resolved within {@code resolution-target} (24 hours) of being
 * opened, and the return visits' satisfaction score (counted by the database: {@link ServiceReportFigures}). For the
 * service desk, its managers and administrators.
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

    private final ServiceReportFigures figures;
    private final ServiceProperties properties;

    ServiceReport(ServiceReportFigures figures, ServiceProperties properties) {
        this.figures = figures;
        this.properties = properties;
    }

    public Report report(ReportPeriod period, Viewer viewer) {
        viewer.requireAny("see the service report", ServiceDesk.GROUPS);
        List<QueueMonth> rows = figures.rows(period, properties.firstReplyTarget(), properties.resolutionTarget())
                .stream().map(r -> new QueueMonth(r.queue(), r.month(), r.requests(), r.firstRepliedInTarget(),
                        percent(r.firstRepliedInTarget(), r.requests()), r.resolvedInTarget(),
                        percent(r.resolvedInTarget(), r.requests()), r.surveys(),
                        r.surveys() == 0 ? null : Math.round((double) r.scoreSum() / r.surveys() * 100) / 100.0))
                .toList();
        return new Report(period.from().toString(), period.to().toString(), properties.firstReplyTarget().toMinutes(),
                properties.resolutionTarget().toHours(), rows);
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
