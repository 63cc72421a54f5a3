package com.relaycrm.process.history;

import com.relaycrm.common.ReportPeriod;
import com.relaycrm.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProcessHistoryController {

    private final ProcessHistoryReport report;
    private final CurrentUser currentUser;

    ProcessHistoryController(ProcessHistoryReport report, CurrentUser currentUser) {
        this.report = report;
        this.currentUser = currentUser;
    }

    /** Finished instances per process and month, mean and p90 duration per step (from/to: "2026-01"). */
    @GetMapping("/api/process-history/report")
    ProcessHistoryReport.Report report(@RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to) {
        return report.report(ReportPeriod.of(from, to), currentUser.viewer());
    }
}
