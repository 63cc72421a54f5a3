package com.relaycrm.sales;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaycrm.common.Timeline;
import com.relaycrm.customer.CustomerRecords;
import com.relaycrm.customer.CustomerRecords.CustomerTask;
import com.relaycrm.sales.SalesCustomerRecordTest.Scene;
import com.relaycrm.sales.lead.LeadService;
import com.relaycrm.sales.opportunity.OpportunityService;
import com.relaycrm.support.Browser;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import com.relaycrm.support.TestMail;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The customer page (/records/customer.html) in headless Chromium with sales records of two reps on one customer
 * (see {@link SalesCustomerRecordTest}): rep A sees the open tasks of their own lead and opportunity as the service
 * returns them and nothing of rep B's; a sales manager sees all four; with 10,000 stage changes and lead activities
 * the timeline shows, page after page, what the service pages.
 */
@RelayIntegrationTest
class SalesCustomerRecordPageBrowserTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.smtp());

    @TempDir
    Path profile;
    @LocalServerPort
    int port;
    @Autowired CustomerRecords records;
    @Autowired OpportunityService opportunities;
    @Autowired LeadService leads;
    @Autowired SalesFixtures sales;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void aRepSeesTheOpenTasksOfTheirOwnRecordsAndAManagerAll() {
        Scene scene = SalesCustomerRecordTest.scene(sales, opportunities, leads, jdbc);
        String code = scene.customer().getCode();
        List<CustomerTask> ofRepA = records.record(code, sales.viewer(scene.repA())).openTasks();
        List<CustomerTask> ofManager = records.record(code, SalesCustomerRecordTest.MANAGER).openTasks();
        assertThat(ofRepA).hasSize(2);
        assertThat(ofManager).hasSize(4);

        try (Browser browser = Browser.start(profile.resolve("rep"), null)) {
            browser.signIn(port, scene.repA());
            open(browser, code);
            browser.screenshot("record-customer-open-tasks");
            assertThat(cells(browser, "open-tasks.record"))
                    .isEqualTo(ofRepA.stream().map(CustomerTask::recordTitle).toList());
            assertThat(cells(browser, "open-tasks.name"))
                    .isEqualTo(ofRepA.stream().map(t -> t.task().name()).toList());
            assertThat(cells(browser, "open-tasks.assignee")).containsOnly("Rep " + scene.repA());
            assertThat(browser.driver().findElements(By.cssSelector("#open-tasks a")).stream()
                    .map(a -> a.getAttribute("href")).toList())
                    .isEqualTo(ofRepA.stream().map(t -> Browser.url(port, t.link())).toList());
            assertThat(browser.driver().getPageSource()).doesNotContain("B's deal").doesNotContain("B's lead");
            assertThat(cells(browser, "leads.name")).containsExactly("A's lead");
        }
        try (Browser browser = Browser.start(profile.resolve("manager"), null)) {
            browser.signIn(port, "salesmgr1");
            open(browser, code);
            assertThat(cells(browser, "open-tasks.record"))
                    .isEqualTo(ofManager.stream().map(CustomerTask::recordTitle).toList());
        }
    }

    @Test
    void tenThousandStageChangesAndLeadActivitiesPageAsTheServicePagesThem() {
        Scene scene = SalesCustomerRecordTest.scene(sales, opportunities, leads, jdbc);
        SalesCustomerRecordTest.insertTenThousand(jdbc, scene);
        String code = scene.customer().getCode();
        Timeline.Page first = records.timeline(code, sales.viewer(scene.repA()), Timeline.Cursor.START, 50);
        Timeline.Page second = records.timeline(code, sales.viewer(scene.repA()), Timeline.Cursor.parse(first.next()),
                50);
        Timeline.Page third = records.timeline(code, sales.viewer(scene.repA()), Timeline.Cursor.parse(second.next()),
                50);

        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, scene.repA());
            open(browser, code);
            assertThat(cells(browser, "timeline.detail")).hasSize(50)
                    .isEqualTo(first.entries().stream().map(Timeline.Entry::detail).toList());
            assertThat(cells(browser, "timeline.kind")).contains("Stage change", "Lead follow-up");
            for (Timeline.Page page : List.of(second, third)) {
                browser.driver().findElement(By.id("timeline-older")).click();
                browser.waiting().until(ExpectedConditions.attributeToBe(By.id("timeline"), "data-timeline-ready",
                        "true"));
                assertThat(cells(browser, "timeline.detail"))
                        .isEqualTo(page.entries().stream().map(Timeline.Entry::detail).toList());
                assertThat(cells(browser, "timeline.title")).noneMatch(t -> t.contains("B's"));
            }
            browser.screenshot("record-customer-sales-timeline");
        }
        assertThat(records.timeline(code, Fixtures.SERVICE1, Timeline.Cursor.START, 50).entries())
                .extracting(Timeline.Entry::kind).doesNotContain("opportunity-stage", "lead-activity");
    }

    private void open(Browser browser, String code) {
        browser.driver().get(Browser.url(port, "/records/customer.html?key=" + code));
        browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-record-ready", "true"));
    }

    private static List<String> cells(Browser browser, String field) {
        return browser.driver().findElements(By.cssSelector("[data-field='" + field + "']")).stream()
                .map(WebElement::getText).toList();
    }
}
