package com.relaycrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.Timeline;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.CustomerCommands.NewContact;
import com.relaycrm.customer.CustomerRecords.CustomerRecord;
import com.relaycrm.service.RequestType;
import com.relaycrm.service.ServiceRequest;
import com.relaycrm.service.ServiceRequestCommands.NewServiceRequest;
import com.relaycrm.service.ServiceRequestService;
import com.relaycrm.support.Browser;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The customer page (客户360度视图, /records/customer.html?key=CODE) in headless Chromium: the contacts graph, the
 * parent company graph, assets with warranty and the customer's service requests as the services return them; a rep
 * sees their own customer without the service desk's requests and another rep is refused; a member with 10,000
 * ledger entries has a timeline that pages through them, newest first, as the service pages it.
 */
@RelayIntegrationTest
class CustomerRecordPageBrowserTest {

    private static final Viewer SALES1 = new Viewer("sales1", List.of("sales"));

    @TempDir
    Path profile;
    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerRecords records;
    @Autowired
    ServiceRequestService desk;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void serviceDeskSeesContactsGraphParentCompanyAssetsAndRequests() {
        Customer company = fixtures.company();
        Customer parent = fixtures.company();
        customers.relate(company.getId(), parent.getId(), CustomerRelation.Kind.PARENT, Fixtures.ADMIN);
        Contact boss = customers.addContact(company.getId(), new NewContact("Gao Boss", "CEO", null, null, null),
                Fixtures.ADMIN);
        Contact buyer = customers.addContact(company.getId(), new NewContact("Lin Buyer", "Buyer", null, "13800001111",
                boss.getId()), Fixtures.ADMIN);
        Asset asset = fixtures.assetOutOfWarranty(company);
        ServiceRequest request = desk.open(new NewServiceRequest(company.getId(), asset.getId(), RequestType.REPAIR,
                "Paper jam", "Jams daily"), Fixtures.SERVICE1);
        CustomerRecord expected = records.record(company.getCode(), Fixtures.SERVICE1);
        Timeline.Page firstPage = records.timeline(company.getCode(), Fixtures.SERVICE1, Timeline.Cursor.START, 50);

        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "service1");
            open(browser, company.getCode());
            browser.screenshot("record-customer");
            assertThat(field(browser, "details.code")).isEqualTo(company.getCode());
            assertThat(field(browser, "details.ownerId")).isEqualTo("Li Na");
            assertThat(browser.driver().findElements(By.cssSelector("#contact-graph g.node")))
                    .hasSize(expected.contacts().size());
            assertThat(browser.driver().findElements(By.cssSelector("#contact-graph line[data-from='contact-"
                    + boss.getId() + "'][data-to='contact-" + buyer.getId() + "']"))).hasSize(1);
            assertThat(browser.driver().findElements(By.cssSelector("#company-graph line[data-from='customer-"
                    + parent.getId() + "'][data-to='customer-" + company.getId() + "']"))).hasSize(1);
            assertThat(field(browser, "relations.role")).isEqualTo("PARENT");
            assertThat(field(browser, "relations.code")).isEqualTo(parent.getCode());
            assertThat(field(browser, "assets.serialNumber")).isEqualTo(asset.getSerialNumber());
            assertThat(field(browser, "assets.inWarranty")).isEqualTo("No");
            assertThat(field(browser, "service-requests.requestNumber")).isEqualTo(request.getRequestNumber());
            assertThat(browser.driver().findElement(By.cssSelector("#service-requests a")).getAttribute("href"))
                    .endsWith("/records/service-request.html?key=" + request.getRequestNumber());
            assertThat(timelineTitles(browser))
                    .isEqualTo(firstPage.entries().stream().map(Timeline.Entry::title).toList());
            assertThat(browser.driver().findElements(By.cssSelector("p.error"))).isEmpty();
        }
    }

    @Test
    void theOwningRepSeesNoServiceRequestsAndAnotherRepIsRefused() {
        Customer company = fixtures.company();   // owned by sales1
        Asset asset = fixtures.assetInWarranty(company);
        desk.open(new NewServiceRequest(company.getId(), asset.getId(), RequestType.REPAIR, "Noise", "Loud"),
                Fixtures.SERVICE1);
        assertThat(records.record(company.getCode(), SALES1).parts().get("serviceRequests")).asList().isEmpty();

        try (Browser browser = Browser.start(profile.resolve("sales1"), null)) {
            browser.signIn(port, "sales1");
            open(browser, company.getCode());
            assertThat(field(browser, "details.code")).isEqualTo(company.getCode());
            assertThat(browser.driver().findElement(By.cssSelector("#service-requests p.empty")).getText())
                    .isEqualTo("None.");
            assertThat(browser.driver().getPageSource()).doesNotContain("Noise");
        }
        try (Browser browser = Browser.start(profile.resolve("sales2"), null)) {
            browser.signIn(port, "sales2");
            open(browser, company.getCode());
            assertThat(browser.driver().findElement(By.cssSelector("p.error")).getText())
                    .isEqualTo("This record does not exist or you may not see it.");
            assertThat(browser.driver().findElements(By.cssSelector("[data-field]"))).isEmpty();
            assertThat(browser.driver().getPageSource()).doesNotContain(company.getName());
        }
    }

    @Test
    void aTimelineOfTenThousandEntriesPagesNewestFirst() {
        Customer member = fixtures.customer(MemberTier.GOLD);
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(new Object[] {member.getId(), i + 1L, Timestamp.from(start.plusSeconds(60L * (i / 2))),
                    "entry " + i});
        }
        jdbc.batchUpdate("insert into points_entry (customer_id, entry_type, points, available_after, "
                + "accumulated_after, source_type, source_reference, description, created_by, created_at) "
                + "values (?, 'ADJUSTMENT', 1, ?, 0, 'TEST', 'timeline', ?, 'demo', ?)", rows.stream()
                .map(r -> new Object[] {r[0], r[1], r[3], r[2]}).toList());

        // the service pages through every entry exactly once, newest first (two entries share each minute)
        List<Timeline.Entry> all = new ArrayList<>();
        Timeline.Cursor cursor = Timeline.Cursor.START;
        Timeline.Page page;
        do {
            page = records.timeline(member.getCode(), Fixtures.ADMIN, cursor, 200);
            all.addAll(page.entries());
            cursor = page.next() == null ? null : Timeline.Cursor.parse(page.next());
        } while (cursor != null);
        assertThat(all.stream().filter(e -> e.kind().equals("points")).count()).isEqualTo(10_000);
        assertThat(all.stream().map(e -> e.kind() + e.id()).distinct().count()).isEqualTo(all.size());
        assertThat(all).isSortedAccordingTo(Timeline.NEWEST_FIRST);

        Timeline.Page first = records.timeline(member.getCode(), Fixtures.ADMIN, Timeline.Cursor.START, 50);
        Timeline.Page second = records.timeline(member.getCode(), Fixtures.ADMIN,
                Timeline.Cursor.parse(first.next()), 50);
        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "demo");
            open(browser, member.getCode());
            assertThat(timelineTitles(browser)).hasSize(50)
                    .isEqualTo(first.entries().stream().map(Timeline.Entry::title).toList());
            assertThat(browser.driver().findElements(By.cssSelector("#timeline td[data-field='timeline.detail']"))
                    .get(0).getText()).isEqualTo("entry 9999");
            browser.driver().findElement(By.id("timeline-older")).click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("timeline-page"), "data-page", "2"));
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("timeline"), "data-timeline-ready", "true"));
            browser.screenshot("record-customer-timeline");
            assertThat(details(browser)).isEqualTo(second.entries().stream().map(Timeline.Entry::detail).toList());
            browser.driver().findElement(By.id("timeline-newer")).click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("timeline-page"), "data-page", "1"));
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("timeline"), "data-timeline-ready", "true"));
            assertThat(details(browser)).isEqualTo(first.entries().stream().map(Timeline.Entry::detail).toList());
        }
    }

    private void open(Browser browser, String code) {
        browser.driver().get(Browser.url(port, "/records/customer.html?key=" + code));
        browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-record-ready", "true"));
    }

    private static String field(Browser browser, String name) {
        return browser.driver().findElement(By.cssSelector("[data-field='" + name + "']")).getText();
    }

    private static List<String> timelineTitles(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#timeline td[data-field='timeline.title']")).stream()
                .map(WebElement::getText).toList();
    }

    private static List<String> details(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#timeline td[data-field='timeline.detail']")).stream()
                .map(WebElement::getText).toList();
    }
}
