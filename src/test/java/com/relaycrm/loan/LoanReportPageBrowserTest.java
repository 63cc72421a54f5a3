package com.relaycrm.loan;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.Viewer;
import com.relaycrm.loan.web.OverdueLoanReport;
import com.relaycrm.support.Browser;
import com.relaycrm.support.RelayIntegrationTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The overdue-loans page (/reports/loans.html) in a real headless Chromium: a sales manager signed in to Tasklist
 * sees the overdue loans by age, customer and owner drawn from the figures the report service computes; a sales
 * rep is told the report is not for them and shown no figures.
 */
@RelayIntegrationTest
class LoanReportPageBrowserTest {

    private static final By AGE_BARS = By.cssSelector("#overdue-by-age rect.bar[data-series='Overdue loans']");
    private static final By CUSTOMER_BARS = By.cssSelector("#overdue-by-customer rect.bar[data-series='Overdue loans']");

    @TempDir
    Path profile;
    @LocalServerPort
    int port;
    @Autowired
    LoanTestSupport loans;
    @Autowired
    OverdueLoanReport report;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void salesManagerSeesOverdueLoansByAgeCustomerAndOwner() {
        Loan late = loans.request(LocalDate.now().minusDays(12));
        loans.complete(loans.process(late), "ReviewLoan", "salesmgr1", Map.of("loanApproved", "YES"));
        loans.approveAndShip(loans.request(LocalDate.now().minusDays(150)));
        OverdueLoanReport.Report expected = report.report(new Viewer("salesmgr1", List.of("sales-manager")),
                LocalDate.now());
        assertThat(expected.total()).isGreaterThanOrEqualTo(2);

        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "salesmgr1");
            browser.driver().get(Browser.url(port, "/reports/loans.html"));
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("overdue-loans"), "data-chart-ready", "true"));
            browser.screenshot("report-loans");

            assertThat(bars(browser, AGE_BARS)).isEqualTo(expected.byAge().stream().collect(Collectors.toMap(
                    OverdueLoanReport.Count::key, c -> (double) c.loans())));
            assertThat(bars(browser, CUSTOMER_BARS)).isEqualTo(expected.byCustomer().stream().collect(Collectors.toMap(
                    OverdueLoanReport.Count::key, c -> (double) c.loans())));
            assertThat(browser.driver().findElement(By.id("overdue-loans")).getText())
                    .contains(late.getLoanNumber(), "SHIPMENT");
            assertThat(browser.driver().findElements(By.cssSelector("p.error"))).isEmpty();
        }
    }

    @Test
    void aSalesRepIsToldTheReportIsNotForThem() {
        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "sales1");
            browser.driver().get(Browser.url(port, "/reports/loans.html"));
            WebElement error = browser.waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#overdue-by-age p.error")));
            assertThat(error.getText()).isEqualTo("You are not allowed to see this report.");
            assertThat(browser.driver().findElements(By.cssSelector("rect.bar"))).isEmpty();
        }
    }

    private static Map<String, Double> bars(Browser browser, By bars) {
        return browser.driver().findElements(bars).stream().collect(Collectors.toMap(
                bar -> bar.getAttribute("data-category"), bar -> Double.parseDouble(bar.getAttribute("data-value"))));
    }
}
