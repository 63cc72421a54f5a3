package com.relaycrm.device;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.device.web.DeviceReport;
import com.relaycrm.support.Browser;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The device report page (/reports/devices.html) in a real headless Chromium: a service manager sees frames per
 * port and rejections by reason drawn from the same figures the report computes; an engineer is told the report is
 * not for them.
 */
@RelayIntegrationTest
class DeviceReportPageBrowserTest {

    @TempDir
    Path profile;
    @LocalServerPort
    int port;
    @Autowired
    FrameStore frames;
    @Autowired
    DeviceReport report;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void serviceManagerSeesFramesPerPortAndRejectionsByReason() {
        PortConfig reader = new PortConfig("/dev/report-" + UUID.randomUUID().toString().substring(0, 8), 9600,
                "8N1", DeviceType.CARD, "R-REPORT");
        frames.store(reader, "x".getBytes(StandardCharsets.US_ASCII), "x", Instant.now(), FrameStatus.REJECTED,
                "garbage: no *checksum at the end");
        frames.store(reader, "CARD|R-REPORT|1*00".getBytes(StandardCharsets.US_ASCII), "CARD|R-REPORT|1*00",
                Instant.now(), FrameStatus.REJECTED, "bad checksum: 00, expected 1F");
        DeviceReport.Report expected = report.report(Fixtures.ADMIN);
        Map<String, Double> expectedRejected = new HashMap<>();
        expected.ports().forEach(row -> expectedRejected.put(row.port(), (double) row.rejected()));
        Map<String, Double> expectedReasons = new HashMap<>();
        expected.rejections().forEach(row -> expectedReasons.put(row.reason(), (double) row.frames()));
        assertThat(expectedRejected).containsEntry(reader.path(), 2.0);
        assertThat(expectedReasons).containsKeys("garbage", "bad checksum");

        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "servicemgr1");
            browser.driver().get(Browser.url(port, "/reports/devices.html"));
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("figures"), "data-chart-ready", "true"));
            browser.screenshot("report-devices");

            assertThat(bars(browser, By.cssSelector("#frames-by-port rect.bar[data-series='Rejected']")))
                    .isEqualTo(expectedRejected);
            assertThat(bars(browser, By.cssSelector("#rejections-by-reason rect.bar"))).isEqualTo(expectedReasons);
            assertThat(browser.driver().findElement(By.id("figures")).getText()).contains(reader.path());
        }
    }

    @Test
    void engineerIsToldTheReportIsNotForThem() {
        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "engineer1");
            browser.driver().get(Browser.url(port, "/reports/devices.html"));
            WebElement error = browser.waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#frames-by-port p.error")));
            assertThat(error.getText()).isEqualTo("You are not allowed to see this report.");
            assertThat(browser.driver().findElements(By.cssSelector("rect.bar"))).isEmpty();
        }
    }

    private static Map<String, Double> bars(Browser browser, By bars) {
        Map<String, Double> values = new HashMap<>();
        for (WebElement bar : browser.driver().findElements(bars)) {
            values.put(bar.getAttribute("data-category"), Double.parseDouble(bar.getAttribute("data-value")));
        }
        return values;
    }
}
