package com.relaycrm.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.ReportPeriod;
import com.relaycrm.service.web.ServiceReport;
import com.relaycrm.support.Browser;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import com.relaycrm.support.ReportPage;
import com.relaycrm.support.ServiceRequestFixtures;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service report page (/reports/service.html) in headless Chromium: first-reply and resolution rates and
 * request counts per queue and month for the chosen period equal the service's; an engineer is told the report is
 * not for them.
 */
@RelayIntegrationTest
class ServiceReportPageBrowserTest {

    @TempDir
    Path profile;
    @LocalServerPort
    int port;
    @Autowired
    ServiceRequestFixtures requests;
    @Autowired
    ServiceReport report;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void serviceManagerSeesTheRatesOfThePeriod() {
        requests.waitingForDispatch();   // triaged: first reply recorded within the hour
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        ServiceReport.Report expected = report.report(ReportPeriod.of(month, month), Fixtures.ADMIN);
        assertThat(expected.rows()).isNotEmpty();

        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "servicemgr1");
            ReportPage.open(browser, port, "/reports/service.html?from=" + month + "&to=" + month, "figures");
            browser.screenshot("report-service");
            assertThat(ReportPage.bars(browser, "first-reply", "First-reply rate")).isEqualTo(expected.rows().stream()
                    .collect(Collectors.toMap(r -> r.queue() + " " + r.month(), ServiceReport.QueueMonth::firstReplyRate)));
            assertThat(ReportPage.bars(browser, "resolution", "Resolution rate")).isEqualTo(expected.rows().stream()
                    .collect(Collectors.toMap(r -> r.queue() + " " + r.month(), ServiceReport.QueueMonth::resolutionRate)));
            assertThat(ReportPage.rows(browser, "figures").stream().map(row -> row.get(0) + "|" + row.get(2)).toList())
                    .isEqualTo(expected.rows().stream().map(r -> r.queue() + "|" + String.format("%,d", r.requests()))
                            .toList());
        }
    }

    @Test
    void engineerIsToldTheReportIsNotForThem() {
        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "engineer1");
            browser.driver().get(Browser.url(port, "/reports/service.html"));
            assertThat(ReportPage.error(browser, "first-reply")).isEqualTo("You are not allowed to see this report.");
        }
    }
}
