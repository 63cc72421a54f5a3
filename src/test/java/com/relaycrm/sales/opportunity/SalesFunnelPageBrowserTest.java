package com.relaycrm.sales.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.Viewer;
import com.relaycrm.sales.SalesFixtures;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewOpportunity;
import com.relaycrm.support.Browser;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * The funnel page (/reports/sales-funnel.html) in headless Chromium: a sales manager sees the opportunities per
 * stage and the weighted forecast drawn from the same figures GET /api/sales/funnel computes; a service user is told
 * the report is not for them.
 */
@RelayIntegrationTest
class SalesFunnelPageBrowserTest {

    @TempDir
    Path profile;
    @LocalServerPort
    int port;
    @Autowired
    OpportunityService opportunities;
    @Autowired
    FunnelService funnel;
    @Autowired
    SalesFixtures sales;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void salesManagerSeesTheFunnelAndTheWeightedForecast() {
        String department = sales.department();
        String rep = sales.rep(department, 5);
        Viewer viewer = sales.viewer(rep);
        var customer = sales.customerOf(rep, department);
        opportunities.open(new NewOpportunity(customer.getId(), "Funnel deal", new BigDecimal("20000.00"),
                LocalDate.now().plusMonths(1)), viewer);
        Viewer manager = new Viewer("salesmgr1", java.util.List.of("sales-manager", "sales"));
        Funnel byStage = funnel.funnel(FunnelService.GroupBy.STAGE, null, null, manager);
        Funnel byOwner = funnel.funnel(FunnelService.GroupBy.OWNER, null, null, manager);
        assertThat(byStage.rows().get(0).count()).isGreaterThanOrEqualTo(1);
        // 5 % of the amount, to the cent (rounded per stage and group, so a cent per opportunity at most)
        assertThat(byStage.rows().get(0).weighted().subtract(byStage.rows().get(0).amount()
                .multiply(new BigDecimal("0.05"))).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(byStage.rows().get(0).count())));

        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "salesmgr1");
            browser.driver().get(Browser.url(port, "/reports/sales-funnel.html"));
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("forecast-by-department"), "data-chart-ready", "true"));
            browser.screenshot("report-sales-funnel");

            assertThat(bars(browser, "#funnel .bar", null)).isEqualTo(byStage.rows().stream()
                    .collect(Collectors.toMap(Funnel.Row::key, row -> (double) row.count())));
            assertThat(bars(browser, "#forecast-by-stage rect.bar", "Weighted forecast")).isEqualTo(byStage.rows().stream()
                    .collect(Collectors.toMap(Funnel.Row::key, row -> row.weighted().doubleValue())));
            assertThat(bars(browser, "#forecast-by-owner rect.bar", "Amount")).containsEntry("Rep " + rep, 20000.0)
                    .hasSize(byOwner.rows().size());
            assertThat(browser.driver().findElements(By.cssSelector("p.error"))).isEmpty();
        }
    }

    /**
     * The stage names under the bars and beside the funnel are one label each and no two overlap (they ran
     * together as "NEGOTIATIONCONTRACT" while they were drawn level and wider than their bar group): each label's box
     * is compared with its neighbour's in the labels' own (possibly slanted) direction.
     */
    @Test
    void stageLabelsStandApart() {
        java.util.List<String> stages = OpportunityStage.pipeline().stream().map(Enum::name).toList();
        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "salesmgr1");
            browser.driver().get(Browser.url(port, "/reports/sales-funnel.html"));
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("forecast-by-department"), "data-chart-ready", "true"));
            for (String area : java.util.List.of("forecast-by-stage", "funnel")) {
                assertThat(browser.driver().findElements(By.cssSelector("#" + area + " svg text.category")).stream()
                        .map(label -> label.getAttribute("textContent")).toList()).as(area).isEqualTo(stages);
                Object overlaps = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        OVERLAPPING_LABELS, area);
                assertThat((java.util.List<?>) overlaps).as(area + ": labels that overlap their neighbour").isEmpty();
            }
            assertThat(browser.driver().findElement(By.id("forecast-by-stage")).getText())
                    .doesNotContain("NEGOTIATIONCONTRACT");
        }
    }

    /**
     * The labels of the area whose box comes within 3 units (a space) of the next label's, in the frame of their
     * rotation.
     */
    private static final String OVERLAPPING_LABELS = """
            var labels = Array.prototype.slice.call(document.querySelectorAll('#' + arguments[0] + ' svg text.category'));
            var boxes = labels.map(function (label) {
              var box = label.getBBox(), angle = 0, cx = 0, cy = 0;
              var m = /rotate\\(([-0-9.]+)\\s+([-0-9.]+)\\s+([-0-9.]+)\\)/.exec(label.getAttribute('transform') || '');
              if (m) { angle = Number(m[1]) * Math.PI / 180; cx = Number(m[2]); cy = Number(m[3]); }
              // the rotation centre seen from the labels' own frame: boxes of equally rotated labels compare there
              var dx = Math.cos(-angle) * cx - Math.sin(-angle) * cy - cx;
              var dy = Math.sin(-angle) * cx + Math.cos(-angle) * cy - cy;
              return { name: label.textContent, x1: box.x + dx, x2: box.x + box.width + dx,
                       y1: box.y + dy, y2: box.y + box.height + dy };
            });
            var overlapping = [], GAP = 3;
            for (var i = 0; i + 1 < boxes.length; i++) {
              var a = boxes[i], b = boxes[i + 1];
              // at least a space's width apart along the line, or a line's gap across it
              if (a.x1 < b.x2 + GAP && b.x1 < a.x2 + GAP && a.y1 < b.y2 + GAP && b.y1 < a.y2 + GAP) {
                overlapping.push(a.name + '/' + b.name + ' ' + JSON.stringify([a, b]));
              }
            }
            return overlapping;
            """;

    @Test
    void serviceStaffAreToldTheReportIsNotForThem() {
        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "service1");
            browser.driver().get(Browser.url(port, "/reports/sales-funnel.html"));
            WebElement error = browser.waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#funnel p.error")));
            assertThat(error.getText()).isEqualTo("You are not allowed to see this report.");
            assertThat(browser.driver().findElements(By.cssSelector("rect.bar"))).isEmpty();
        }
    }

    private static Map<String, Double> bars(Browser browser, String css, String series) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .filter(bar -> series == null || series.equals(bar.getAttribute("data-series")))
                .collect(Collectors.toMap(bar -> bar.getAttribute("data-category"),
                        bar -> Double.parseDouble(bar.getAttribute("data-value"))));
    }
}
