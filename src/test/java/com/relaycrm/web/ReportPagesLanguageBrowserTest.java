package com.relaycrm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.Viewer;
import com.relaycrm.sales.opportunity.Funnel;
import com.relaycrm.sales.opportunity.FunnelService;
import com.relaycrm.sales.opportunity.OpportunityStage;
import com.relaycrm.support.Browser;
import com.relaycrm.support.RelayIntegrationTest;
import java.nio.file.Path;
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
 * The report pages (/reports/*.html) speak the browser's language, as the record pages do: in a Chinese (zh-CN)
 * browser the list of reports, the funnel's headings, chart titles, legend, stage names and period filter are
 * Simplified Chinese while the figures stay the service's; a refusal is worded in Chinese too. In an English browser
 * the same pages stay English.
 */
@RelayIntegrationTest
class ReportPagesLanguageBrowserTest {

    @TempDir
    Path profile;
    @LocalServerPort
    int port;
    @Autowired
    FunnelService funnel;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void aChineseBrowserReadsTheReportsInChineseWithTheServicesFigures() {
        Funnel byStage = funnel.funnel(FunnelService.GroupBy.STAGE, null, null,
                new Viewer("salesmgr1", List.of("sales-manager", "sales")));
        try (Browser browser = Browser.start(profile, "zh-CN")) {
            browser.signIn(port, "salesmgr1");
            browser.driver().get(Browser.url(port, "/reports/index.html"));
            browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "报表"));
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
            assertThat(browser.driver().getTitle()).isEqualTo("报表 · Relay CRM");
            assertThat(browser.driver().findElement(By.cssSelector("a[href='sales-funnel.html']")).getText())
                    .isEqualTo("销售漏斗与加权预测");
            assertThat(browser.driver().findElement(By.cssSelector("a[href='loyalty.html']")).getText())
                    .isEqualTo("积分统计：各等级会员与积分");

            browser.driver().get(Browser.url(port, "/reports/sales-funnel.html"));
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("forecast-by-department"),
                    "data-chart-ready", "true"));
            browser.screenshot("report-sales-funnel-zh");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("销售漏斗与预测");
            assertThat(texts(browser, ".chart-area h2")).containsExactly("各阶段商机", "各阶段金额与加权预测",
                    "按负责人", "按部门");
            assertThat(texts(browser, "#forecast-by-stage ul.legend li")).containsExactly("金额", "加权预测");
            assertThat(texts(browser, "#forecast-by-stage svg text.category")).isEqualTo(
                    OpportunityStage.pipeline().stream().map(OpportunityStage::label).toList());
            assertThat(texts(browser, "#period label")).containsExactly("起始月份", "截止月份");
            // the figures and the codes the bars carry do not depend on the language
            Map<String, Double> bars = browser.driver().findElements(By.cssSelector("#funnel .bar")).stream()
                    .collect(Collectors.toMap(bar -> bar.getAttribute("data-category"),
                            bar -> Double.parseDouble(bar.getAttribute("data-value"))));
            assertThat(bars).isEqualTo(byStage.rows().stream()
                    .collect(Collectors.toMap(Funnel.Row::key, row -> (double) row.count())));
            assertThat(browser.driver().findElements(By.cssSelector("p.error"))).isEmpty();
        }
        try (Browser browser = Browser.start(profile.resolve("service"), "zh-CN")) {
            browser.signIn(port, "service1");
            browser.driver().get(Browser.url(port, "/reports/sales-funnel.html"));
            WebElement error = browser.waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#funnel p.error")));
            assertThat(error.getText()).isEqualTo("您无权查看此报表。");
        }
    }

    @Test
    void anEnglishBrowserReadsThemInEnglish() {
        try (Browser browser = Browser.start(profile, "en-US")) {
            browser.signIn(port, "salesmgr1");
            browser.driver().get(Browser.url(port, "/reports/sales-funnel.html"));
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("forecast-by-department"),
                    "data-chart-ready", "true"));
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(texts(browser, ".chart-area h2")).containsExactly("Opportunities per stage",
                    "Amount and weighted forecast per stage", "Per owner", "Per department");
            assertThat(texts(browser, "#forecast-by-stage svg text.category")).isEqualTo(
                    OpportunityStage.pipeline().stream().map(Enum::name).toList());
        }
    }

    private static List<String> texts(Browser browser, String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(e -> e.getAttribute("textContent").trim()).toList();
    }
}
