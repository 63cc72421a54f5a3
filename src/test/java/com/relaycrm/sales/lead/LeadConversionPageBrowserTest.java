package com.relaycrm.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.ReportPeriod;
import com.relaycrm.common.Viewer;
import com.relaycrm.sales.lead.LeadCommands.NewLead;
import com.relaycrm.support.Browser;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import com.relaycrm.support.ReportPage;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The lead conversion report page (/reports/lead-conversion.html): leads and conversions per source as the service
 * counts them, with whole-number ticks on the counts; a rep is told the report is not for them.
 */
@RelayIntegrationTest
class LeadConversionPageBrowserTest {

    @TempDir
    Path profile;
    @LocalServerPort
    int port;
    @Autowired
    LeadService leads;
    @Autowired
    LeadConversionReport report;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void salesManagerSeesConversionPerSource() {
        leads.create(new NewLead("Event lead", null, LeadSource.EVENT, null, null, null, null, null),
                new Viewer("salesmgr1", List.of("sales-manager", "sales")));
        LeadConversionReport.Report expected = report.report(ReportPeriod.of(null, null), Fixtures.ADMIN);
        assertThat(expected.rows()).extracting(LeadConversionReport.SourceRow::source).contains(LeadSource.EVENT);

        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "salesmgr1");
            ReportPage.open(browser, port, "/reports/lead-conversion.html", "figures");
            browser.screenshot("report-lead-conversion");
            assertThat(ReportPage.bars(browser, "leads", "Leads")).isEqualTo(expected.rows().stream().collect(
                    Collectors.toMap(r -> r.source().name(), r -> (double) r.leads())));
            assertThat(ReportPage.bars(browser, "conversion", "Conversion rate")).isEqualTo(expected.rows().stream()
                    .collect(Collectors.toMap(r -> r.source().name(), LeadConversionReport.SourceRow::conversionRate)));
            List<String> ticks = browser.driver().findElements(org.openqa.selenium.By.cssSelector("#leads text.axis"))
                    .stream().map(org.openqa.selenium.WebElement::getText).filter(t -> !t.equals("leads")).toList();
            assertThat(ticks).isNotEmpty().allSatisfy(tick -> assertThat(tick).doesNotContain("."));
        }
    }

    @Test
    void repIsToldTheReportIsNotForThem() {
        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "sales1");
            browser.driver().get(Browser.url(port, "/reports/lead-conversion.html"));
            assertThat(ReportPage.error(browser, "conversion")).isEqualTo("You are not allowed to see this report.");
        }
    }
}
