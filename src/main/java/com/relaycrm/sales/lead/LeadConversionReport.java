package com.relaycrm.sales.lead;

import com.relaycrm.common.ReportPeriod;
import com.relaycrm.common.Viewer;
import com.relaycrm.sales.lead.internal.LeadRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lead conversion by source (线索转化率): leads entered in the period per source and the share converted. */
@Service
@Transactional(readOnly = true)
public class LeadConversionReport {

    /** One source: leads entered, of them converted, and the rate in percent. */
    public record SourceRow(LeadSource source, long leads, long converted, double conversionRate) {
    }

    public record Report(String from, String to, List<SourceRow> rows) {
    }

    private final LeadRepository leads;

    LeadConversionReport(LeadRepository leads) {
        this.leads = leads;
    }

    public Report report(ReportPeriod period, Viewer viewer) {
        viewer.requireAny("see the lead conversion report", LeadService.MANAGE);
        List<SourceRow> rows = leads.conversionBySource(period.start(), period.end()).stream().map(row -> {
            long total = ((Number) row[1]).longValue();
            long converted = row[2] == null ? 0 : ((Number) row[2]).longValue();
            return new SourceRow((LeadSource) row[0], total, converted,
                    total == 0 ? 0 : Math.round(converted * 1000.0 / total) / 10.0);
        }).toList();
        return new Report(period.from().toString(), period.to().toString(), rows);
    }
}
