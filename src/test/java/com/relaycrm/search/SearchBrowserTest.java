package com.relaycrm.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.RecordSearch.Hit;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerCommands.NewContact;
import com.relaycrm.customer.CustomerCommands.NewCustomer;
import com.relaycrm.customer.CustomerKind;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.sales.lead.LeadCommands.NewLead;
import com.relaycrm.sales.lead.LeadService;
import com.relaycrm.service.RequestType;
import com.relaycrm.service.ServiceRequestCommands.NewServiceRequest;
import com.relaycrm.service.ServiceRequestService;
import com.relaycrm.support.Browser;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The search box (/records/search.html, GET /api/search?q=) in headless Chromium: it finds customers, contacts,
 * service requests and leads by name, number and phone, and only those the user's data permission lets them see —
 * a rep finds their own customer but not another rep's, nor the service desk's requests, nor a lead in a
 * department pool; the desk finds the customers, contacts and requests but no leads. Numbers are found as typed in
 * any case (LEAD-12, SR-123 for SR-000123), and a contact's hit opens its customer's page.
 */
@RelayIntegrationTest
class SearchBrowserTest {

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
    ServiceRequestService desk;
    @Autowired
    LeadService leads;
    @Autowired
    SearchService search;
    @Autowired
    com.relaycrm.organisation.OrganisationService organisation;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void eachUserFindsOnlyWhatTheyMaySee() {
        String token = "Zq" + UUID.randomUUID().toString().substring(0, 6);
        Customer own = company(token + " Own Ltd", "sales1");
        Customer others = company(token + " Other Ltd", "sales2");
        String phone = "139" + (System.nanoTime() % 100_000_000L);
        customers.addContact(others.getId(), new NewContact(token + " Contact", "Buyer", null, phone, null),
                Fixtures.ADMIN);
        String request = desk.open(new NewServiceRequest(own.getId(), fixtures.assetInWarranty(own).getId(),
                RequestType.REPAIR, token + " fan noise", "Noisy"), Fixtures.SERVICE1).getRequestNumber();
        // a lead in a department without reps stays in that department's pool: no rep holds it
        String department = "TS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        organisation.addDepartment(department, "Search test " + department, null);
        Viewer manager = new Viewer("salesmgr1", List.of("sales-manager", "sales"));
        String lead = "LEAD-" + leads.create(new NewLead(token + " Lead", "Lead Co", null, null, null, department,
                null, null), manager).getId();
        assertThat(search.search(token, manager)).extracting(Hit::key).contains(lead);

        List<Hit> forRep = search.search(token, SALES1);
        assertThat(forRep).extracting(Hit::type, Hit::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("customer", own.getCode()));
        List<Hit> forDesk = search.search(token, Fixtures.SERVICE1);
        assertThat(forDesk).extracting(Hit::key)
                .containsExactlyInAnyOrder(own.getCode(), others.getCode(), others.getCode(), request);

        try (Browser browser = Browser.start(profile.resolve("sales1"), null)) {
            browser.signIn(port, "sales1");
            assertThat(searchFor(browser, token)).isEqualTo(keys(forRep));
            browser.screenshot("record-search-sales1");
            assertThat(browser.driver().getPageSource()).doesNotContain("Other Ltd", "fan noise", token + " Lead");
            browser.driver().findElement(By.cssSelector("#results a")).click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-record-ready", "true"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/records/customer.html?key=" + own.getCode());
            assertThat(browser.driver().findElement(By.cssSelector("[data-field='details.name']")).getText())
                    .isEqualTo(own.getName());
        }
        try (Browser browser = Browser.start(profile.resolve("salesmgr1"), null)) {
            // the lead in the department pool by its number, as its manager sees it; the rep above did not find it
            browser.signIn(port, "salesmgr1");
            assertThat(searchFor(browser, lead.toLowerCase())).containsExactly(lead);
            browser.driver().findElement(By.cssSelector("#results a")).click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-record-ready", "true"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/records/lead.html?key=" + lead);
        }
        assertThat(search.search(lead, SALES1)).isEmpty();
        try (Browser browser = Browser.start(profile.resolve("service1"), null)) {
            browser.signIn(port, "service1");
            assertThat(searchFor(browser, token)).isEqualTo(keys(forDesk));
            assertThat(searchFor(browser, request)).containsExactly(request);
            // by number without the leading zeros, and a contact's hit opens its customer's page
            assertThat(searchFor(browser, "sr-" + Long.parseLong(request.substring(3)))).containsExactly(request);
            assertThat(searchFor(browser, phone)).containsExactly(others.getCode());
            browser.driver().findElement(By.cssSelector("#results a")).click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-record-ready", "true"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/records/customer.html?key=" + others.getCode());
            browser.driver().get(Browser.url(port, "/records/search.html?q=x"));
            browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-record-ready", "true"));
            assertThat(browser.driver().findElement(By.cssSelector("#results p.error")).getText())
                    .isEqualTo("Type at least 2 characters.");
        }
    }

    private Customer company(String name, String owner) {
        String code = "S-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return customers.create(new NewCustomer(code, name, CustomerKind.COMPANY, MemberTier.NONE, null, null, null,
                null, null, null, null, owner), Fixtures.ADMIN);
    }

    private static List<String> keys(List<Hit> hits) {
        return hits.stream().map(Hit::key).toList();
    }

    private List<String> searchFor(Browser browser, String text) {
        browser.driver().get(Browser.url(port, "/records/search.html"));
        browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-record-ready", "true"));
        WebElement box = browser.driver().findElement(By.id("q"));
        box.sendKeys(text, Keys.ENTER);
        browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-record-ready", "true"));
        return browser.driver().findElements(By.cssSelector("#results td[data-field='results.key']")).stream()
                .map(WebElement::getText).toList();
    }
}
