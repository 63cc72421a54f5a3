package com.relaycrm.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.customer.Customer;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.loyalty.LoyaltyCommands.NewConsumption;
import com.relaycrm.loyalty.internal.LoyaltyReport;
import com.relaycrm.support.Browser;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The loyalty report page (/reports/loyalty.html) in a real headless Chromium: a manager signed in to Tasklist sees
 * the members and points of every tier drawn from the same figures the report service computes; someone without the
 * role is told so and shown no figures; a browser without a sign-in is sent to the sign-in form; and the browser
 * session may read but never write through /api.
 */
@RelayIntegrationTest
class LoyaltyReportPageBrowserTest {

    private static final By MEMBER_BARS = By.cssSelector("#members-by-tier rect.bar");
    private static final By POINTS_BARS = By.cssSelector("#points-by-tier rect.bar");

    @TempDir
    Path profile;
    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LoyaltyService loyalty;
    @Autowired
    LoyaltyReport report;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void salesManagerSeesMembersAndPointsPerTier() {
        Customer gold = fixtures.customer(MemberTier.GOLD);
        Customer standard = fixtures.customer(MemberTier.STANDARD);
        buy(gold, "880.00");
        buy(standard, "120.00");
        Customer withoutPoints = fixtures.customer(MemberTier.PLATINUM);   // a member who never earned a point
        LoyaltyReport.Report expected = report.report(Fixtures.ADMIN);
        assertThat(expected.tiers()).as("tiers with members").hasSizeGreaterThanOrEqualTo(1);
        // every member counts, with or without points: as many per tier as there are card holders of that tier
        expected.tiers().forEach(row -> assertThat(row.members()).as(row.tier().name()).isEqualTo(jdbc.queryForObject(
                "select count(*) from customer where card_number is not null and member_tier = ?", Long.class,
                row.tier().name())));
        assertThat(expected.tiers()).anySatisfy(row -> assertThat(row.tier()).isEqualTo(withoutPoints.getMemberTier()));

        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "salesmgr1");
            browser.driver().get(Browser.url(port, "/reports/loyalty.html"));
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("figures"), "data-chart-ready", "true"));
            browser.screenshot("report-loyalty");

            assertThat(bars(browser, MEMBER_BARS)).isEqualTo(expected.tiers().stream().collect(Collectors.toMap(
                    row -> row.tier().name(), row -> (double) row.members())));
            assertThat(bars(browser, POINTS_BARS)).isEqualTo(expected.tiers().stream().collect(Collectors.toMap(
                    row -> row.tier().name(), row -> (double) row.availablePoints())));
            assertThat(browser.driver().findElement(By.id("figures")).getText()).contains("GOLD", "Available points");
            assertThat(browser.driver().findElements(By.cssSelector("p.error"))).isEmpty();
        }
    }

    @Test
    void engineerIsToldTheReportIsNotForThem() {
        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "engineer1");
            browser.driver().get(Browser.url(port, "/reports/loyalty.html"));
            browser.screenshot("report-loyalty-engineer");
            WebElement error = browser.waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#members-by-tier p.error")));
            assertThat(error.getText()).isEqualTo("You are not allowed to see this report.");
            assertThat(browser.driver().findElements(By.cssSelector("rect.bar"))).isEmpty();
        }
    }

    @Test
    void browserWithoutSignInIsSentToTheSignInForm() {
        try (Browser browser = Browser.start(profile, null)) {
            browser.driver().get(Browser.url(port, "/reports/loyalty.html"));
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            assertThat(browser.driver().getCurrentUrl()).contains("/sign-in.html?return=%2Freports%2Floyalty.html");
            assertThat(browser.driver().getPageSource()).doesNotContain("Members per tier");
        }
    }

    @Test
    void signedInBrowserMayReadButNotWriteThroughTheApi() {
        Customer member = fixtures.customer(MemberTier.STANDARD);
        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "salesmgr1");
            browser.driver().get(Browser.url(port, "/reports/index.html"));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            Object read = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "fetch('/api/loyalty/report').then(function (r) { done(r.status); });");
            // a write carried only by the session cookie is what a forged cross-site request looks like
            Object write = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "fetch('/api/loyalty/consumptions', {method: 'POST', headers: {'Content-Type': 'application/json',"
                    + " 'X-Requested-With': 'XMLHttpRequest'},"
                    + " body: JSON.stringify({customerId: " + member.getId() + ", source: 'POS', externalId: 'csrf-"
                    + UUID.randomUUID() + "', amount: 100, occurredAt: '2026-11-01T10:00:00Z'})})"
                    + ".then(function (r) { done(r.status); });");
            assertThat(read).isEqualTo(200L);
            assertThat(write).isEqualTo(401L);
            assertThat(loyalty.account(member.getId())).isEmpty();
        }
    }

    private void buy(Customer member, String amount) {
        loyalty.consume(new NewConsumption(member.getId(), null, "POS", "report-" + UUID.randomUUID(),
                new BigDecimal(amount), Instant.parse("2026-11-02T10:00:00Z"), List.of()), Fixtures.ADMIN);
    }

    private static Map<String, Double> bars(Browser browser, By bars) {
        return browser.driver().findElements(bars).stream().collect(Collectors.toMap(
                bar -> bar.getAttribute("data-category"), bar -> Double.parseDouble(bar.getAttribute("data-value"))));
    }
}
