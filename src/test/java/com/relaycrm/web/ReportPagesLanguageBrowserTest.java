package com.relaycrm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.expense.ExpenseCommands.NewExpense;
import com.relaycrm.expense.ExpenseService;
import com.relaycrm.expense.ExpenseType;
import com.relaycrm.expense.LinkType;
import com.relaycrm.loan.LoanTestSupport;
import com.relaycrm.sales.lead.LeadCommands.NewLead;
import com.relaycrm.sales.lead.LeadService;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewOpportunity;
import com.relaycrm.sales.opportunity.OpportunityService;
import com.relaycrm.service.RequestType;
import com.relaycrm.service.ServiceRequestCommands.NewServiceRequest;
import com.relaycrm.service.ServiceRequestService;
import com.relaycrm.support.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;
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
 * the same pages stay English. Every report and record page is walked in both languages (no English-only label left
 * on a Chinese page; the customer timeline's kinds are words, not codes).
 */
@RelayIntegrationTest
class ReportPagesLanguageBrowserTest {

    @TempDir
    Path profile;
    @LocalServerPort
    int port;
    @Autowired
    FunnelService funnel;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ServiceRequestService desk;
    @Autowired
    OpportunityService opportunities;
    @Autowired
    LeadService leads;
    @Autowired
    ExpenseService expenses;
    @Autowired
    LoanTestSupport loans;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    private static final Viewer SALES1 = new Viewer("sales1", List.of("sales"));

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

    /** Where a page's own words are (its data, names, numbers and amounts are in td and dd and are not checked). */
    private static final String LABELS = "h1, h2, h3, th, dt, label, button, caption, ul.legend li, p.empty, p.error, "
            + "header a, nav a, main > p, li > a";
    /** Words that are the same in both languages. */
    private static final Pattern NEUTRAL = Pattern.compile("[\\d\\s.,:;%/()\\-–—·←→#+]*|Relay CRM|Tasklist|SLA|p90");
    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");

    /**
     * Every report and record page, in a Chinese and then an English browser, as the administrator (who may see
     * them all): in Chinese no heading, column, label, button, legend or message is left in English only, and the
     * customer timeline's kinds are words in the page's language, not the API's codes; in English the same pages
     * are English.
     */
    @Test
    void everyReportAndRecordPageSpeaksTheBrowsersLanguage() {
        Customer customer = fixtures.company();
        var opened = desk.open(new NewServiceRequest(customer.getId(), fixtures.assetInWarranty(customer).getId(),
                RequestType.REPAIR, "Language check", "Noisy"), Fixtures.SERVICE1);
        String request = opened.getRequestNumber();
        // finished instances of two processes this month, so the process-history page names processes in its legend
        runtime.deleteProcessInstance(opened.getProcessInstanceId(), "test: finished for the process-history page");
        var deal = opportunities.open(new NewOpportunity(customer.getId(), "Language deal",
                new BigDecimal("1000.00"), LocalDate.now().plusMonths(1)), SALES1);
        String opportunity = "OPP-" + deal.getId();
        runtime.deleteProcessInstance(deal.getProcessInstanceId(), "test: finished for the process-history page");
        String lead = "LEAD-" + leads.create(new NewLead("Language lead", "Lead Co", null, null, null, null, null,
                null), new Viewer("salesmgr1", List.of("sales-manager", "sales"))).getId();
        String expense = expenses.submit(new NewExpense("SALES-N", ExpenseType.ENTERTAINMENT, new BigDecimal("88.00"),
                "CNY", "Language dinner", LinkType.CUSTOMER, customer.getId()), SALES1).getRequestNumber();
        String loan = loans.request(customer, LocalDate.now().plusDays(3)).getLoanNumber();
        List<String> records = List.of("customer.html?key=" + customer.getCode(),
                "service-request.html?key=" + request, "opportunity.html?key=" + opportunity,
                "lead.html?key=" + lead, "expense.html?key=" + expense, "loan.html?key=" + loan,
                "search.html?q=" + customer.getCode());
        List<String> reports = List.of("index.html", "sales-funnel.html", "loyalty.html", "approvals.html",
                "loans.html", "devices.html", "service.html", "lead-conversion.html", "expenses.html",
                "process-history.html");

        Map<String, List<String>> english = new java.util.TreeMap<>();
        try (Browser browser = Browser.start(profile.resolve("zh"), "zh-CN")) {
            browser.signIn(port, "demo");
            for (String page : records) {
                openRecord(browser, page);
                english.put("/records/" + page, englishOnly(browser));
            }
            for (String page : reports) {
                openReport(browser, page);
                english.put("/reports/" + page, englishOnly(browser));
            }
            openRecord(browser, "customer.html?key=" + customer.getCode());
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("timeline"), "data-timeline-ready",
                    "true"));
            assertThat(texts(browser, "#timeline td[data-field='timeline.kind']")).contains("服务请求", "商机", "借出",
                    "费用申请");
        }
        english.values().removeIf(List::isEmpty);
        assertThat(english).as("English-only words on Chinese pages").isEmpty();

        try (Browser browser = Browser.start(profile.resolve("en"), "en-US")) {
            browser.signIn(port, "demo");
            for (String page : records) {
                openRecord(browser, page);
                assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
                assertThat(texts(browser, LABELS)).as(page).noneMatch(text -> CHINESE.matcher(text).find()
                        && !text.matches(".*\\(.*[\\u4e00-\\u9fff].*\\).*"));
            }
            for (String page : reports) {
                openReport(browser, page);
                assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
                assertThat(texts(browser, "h1")).as(page).allMatch(text -> text.matches(".*[A-Za-z].*"));
            }
            openRecord(browser, "customer.html?key=" + customer.getCode());
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("timeline"), "data-timeline-ready",
                    "true"));
            assertThat(texts(browser, "#timeline td[data-field='timeline.kind']")).contains("Service request",
                    "Opportunity", "Loan", "Expense").doesNotContain("service-request", "opportunity", "loan",
                    "expense");
        }
    }

    private void openRecord(Browser browser, String page) {
        browser.driver().get(Browser.url(port, "/records/" + page));
        browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-record-ready", "true"));
        assertThat(browser.driver().findElements(By.cssSelector("p.error"))).as(page).isEmpty();
    }

    private void openReport(Browser browser, String page) {
        browser.driver().get(Browser.url(port, "/reports/" + page));
        // a report page is drawn when each of its charts is ready (or said why not)
        browser.waiting().until(driver -> driver.findElements(By.cssSelector(".chart-area:not([data-chart-ready])"))
                .isEmpty());
        assertThat(browser.driver().findElements(By.cssSelector("p.error"))).as(page).isEmpty();
    }

    /** The page's own words with no Chinese in them, except those the same in both languages. */
    private static List<String> englishOnly(Browser browser) {
        return texts(browser, LABELS).stream().filter(text -> !text.isEmpty() && !NEUTRAL.matcher(text).matches()
                && !CHINESE.matcher(text).find()).distinct().toList();
    }

    private static List<String> texts(Browser browser, String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(e -> e.getAttribute("textContent").trim()).toList();
    }
}
