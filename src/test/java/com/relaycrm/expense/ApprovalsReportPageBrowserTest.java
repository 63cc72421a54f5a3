package com.relaycrm.expense;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.expense.internal.ExpenseReports;
import com.relaycrm.support.Browser;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workflow report page (/reports/approvals.html) in a real headless Chromium: a sales manager sees the approvals
 * waiting per approver as the report service counts them, and the requests in the table; a sales rep is refused.
 */
@RelayIntegrationTest
class ApprovalsReportPageBrowserTest {

    @Autowired ExpenseFixtures fixtures;

    @TempDir
    Path profile;
    @LocalServerPort
    int port;
    @Autowired
    ExpenseService expenses;
    @Autowired
    ExpenseReports reports;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void managerSeesTheApprovalsWaitingPerApprover() {
        ExpenseRequest first = submitted("410");
        ExpenseRequest second = submitted("420");
        Map<String, Double> expected = reports.waitingLongerThan(0, Fixtures.ADMIN).stream()
                .collect(Collectors.toMap(ExpenseReports.ApproverBacklog::approver, b -> (double) b.count()));
        assertThat(expected.get("group:sales-manager")).isGreaterThanOrEqualTo(2.0);

        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "salesmgr1");
            browser.driver().get(Browser.url(port, "/reports/approvals.html?hours=0"));
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("waiting"), "data-chart-ready", "true"));
            browser.screenshot("report-approvals");

            Map<String, Double> bars = browser.driver().findElements(By.cssSelector("#backlog rect.bar")).stream()
                    .collect(Collectors.toMap(bar -> bar.getAttribute("data-category"),
                            bar -> Double.parseDouble(bar.getAttribute("data-value"))));
            assertThat(bars).isEqualTo(expected);
            assertThat(browser.driver().findElement(By.id("waiting")).getText())
                    .contains(first.getRequestNumber(), second.getRequestNumber());
            assertThat(browser.driver().findElement(By.id("hours")).getAttribute("value")).isEqualTo("0");
        }
    }

    @Test
    void salesRepIsRefused() {
        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "sales1");
            browser.driver().get(Browser.url(port, "/reports/approvals.html"));
            assertThat(browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#backlog p.error"))).getText()).isEqualTo("You are not allowed to see this report.");
            assertThat(browser.driver().findElements(By.cssSelector("rect.bar"))).isEmpty();
        }
    }

    private ExpenseRequest submitted(String amount) {
        return fixtures.travel(amount, "Trade fair " + amount);
    }
}
