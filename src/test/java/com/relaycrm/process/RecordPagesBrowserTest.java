package com.relaycrm.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.expense.ExpenseCommands.NewExpense;
import com.relaycrm.expense.ExpenseQueries;
import com.relaycrm.expense.ExpenseRequest;
import com.relaycrm.expense.ExpenseService;
import com.relaycrm.expense.ExpenseType;
import com.relaycrm.expense.LinkType;
import com.relaycrm.loan.Loan;
import com.relaycrm.loan.LoanTestSupport;
import com.relaycrm.process.OpenTasks.OpenTask;
import com.relaycrm.sales.lead.Lead;
import com.relaycrm.sales.lead.LeadCommands.NewLead;
import com.relaycrm.sales.lead.LeadService;
import com.relaycrm.sales.opportunity.Opportunity;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewOpportunity;
import com.relaycrm.sales.opportunity.OpportunityService;
import com.relaycrm.support.Browser;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The lead, opportunity, expense and loan pages (/records/{type}.html?key=…) in headless Chromium: the person the
 * record belongs to (or a manager) sees its figures as the service returns them and the tasks open on it now with who
 * may take them; a rep it does not belong to is refused and shown nothing of it.
 */
@RelayIntegrationTest
class RecordPagesBrowserTest {

    private static final Viewer SALES1 = new Viewer("sales1", List.of("sales"));
    private static final String REFUSAL = "This record does not exist or you may not see it.";

    @TempDir
    Path profile;
    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LeadService leads;
    @Autowired
    OpportunityService opportunities;
    @Autowired
    ExpenseService expenses;
    @Autowired
    ExpenseQueries expenseQueries;
    @Autowired
    LoanTestSupport loans;
    @Autowired
    OpenTasks openTasks;
    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void leadPageForAManagerNotForAnotherRep() {
        Lead lead = leads.create(new NewLead("Qian Record", "Qian Trading", null, "13900002222", null, null, null,
                "Wants 3 printers"), new Viewer("salesmgr1", List.of("sales-manager", "sales")));
        String key = "LEAD-" + lead.getId();
        List<OpenTask> open = openTasks.of(key, "lead-lifecycle");
        try (Browser browser = Browser.start(profile.resolve("m"), null)) {
            browser.signIn(port, "salesmgr1");
            open(browser, "lead", key);
            browser.screenshot("record-lead");
            assertThat(field(browser, "details.name")).isEqualTo("Qian Record");
            assertThat(field(browser, "details.note")).isEqualTo("Wants 3 printers");
            assertThat(field(browser, "details.createdBy")).isEqualTo("Zhao Lei");
            assertThat(browser.driver().findElements(By.cssSelector("#activities tr[data-row]")))
                    .hasSize(leads.activities(lead.getId(), Fixtures.ADMIN).size());
            assertThat(openTaskNames(browser)).isEqualTo(open.stream().map(OpenTask::name).toList());
        }
        refused("sales3", "lead", key, "Qian Trading");
    }

    @Test
    void opportunityPageForItsOwnerNotForAnotherRep() {
        Customer customer = fixtures.company();   // owned by sales1
        Opportunity opportunity = opportunities.open(new NewOpportunity(customer.getId(), "Record deal",
                new BigDecimal("1234567.80"), LocalDate.now().plusMonths(2)), SALES1);
        String key = "OPP-" + opportunity.getId();
        List<OpenTask> open = openTasks.of(key, "opportunity");
        try (Browser browser = Browser.start(profile.resolve("s1"), null)) {
            browser.signIn(port, "sales1");
            open(browser, "opportunity", key);
            browser.screenshot("record-opportunity");
            assertThat(field(browser, "details.name")).isEqualTo("Record deal");
            assertThat(field(browser, "details.amount")).isEqualTo("CN¥1,234,567.80");
            assertThat(field(browser, "details.ownerId")).isEqualTo("Li Na");
            assertThat(field(browser, "details.stage")).isEqualTo(opportunity.getStage().name());
            assertThat(openTaskNames(browser)).isEqualTo(open.stream().map(OpenTask::name).toList());
        }
        refused("sales2", "opportunity", key, "Record deal");
    }

    @Test
    void expensePageForItsRequesterNotForAnotherRep() {
        Customer customer = fixtures.company();
        ExpenseRequest request = expenses.submit(new NewExpense("SALES-N", ExpenseType.ENTERTAINMENT,
                new BigDecimal("2345.60"), "CNY", "Dinner with the buyer", LinkType.CUSTOMER, customer.getId()),
                SALES1);
        String key = request.getRequestNumber();
        // the approval chain is determined asynchronously (the job executor is off in tests)
        managementService.executeJob(managementService.createJobQuery().processInstanceId(request.getProcessInstanceId())
                .activityId("DetermineApprovalChain").singleResult().getId());
        var details = expenseQueries.details(request.getId(), SALES1);
        List<OpenTask> open = openTasks.of(key, "expense-approval");
        assertThat(open).isNotEmpty();
        try (Browser browser = Browser.start(profile.resolve("s1"), null)) {
            browser.signIn(port, "sales1");
            open(browser, "expense", key);
            browser.screenshot("record-expense");
            assertThat(field(browser, "details.amount")).isEqualTo("CN¥2,345.60");
            assertThat(field(browser, "details.requesterId")).isEqualTo("Li Na");
            assertThat(browser.driver().findElements(By.cssSelector("#steps tr[data-row]")))
                    .hasSize(details.steps().size());
            assertThat(openTaskNames(browser)).isEqualTo(open.stream().map(OpenTask::name).toList());
        }
        refused("sales2", "expense", key, "Dinner with the buyer");
    }

    @Test
    void loanPageForItsOwnerNotForAnotherRep() {
        Loan loan = loans.request(fixtures.company(), LocalDate.now().plusDays(3));
        String key = loan.getLoanNumber();
        List<OpenTask> open = openTasks.of(key, "loan");
        assertThat(open).isNotEmpty();
        try (Browser browser = Browser.start(profile.resolve("s1"), null)) {
            browser.signIn(port, "sales1");
            open(browser, "loan", key);
            browser.screenshot("record-loan");
            assertThat(field(browser, "details.loanNumber")).isEqualTo(key);
            assertThat(browser.driver().findElements(By.cssSelector("#items tr[data-row]")))
                    .hasSize(loan.getItems().size());
            assertThat(browser.driver().findElements(By.cssSelector("#items td[data-field='items.unitPrice']"))
                    .stream().map(WebElement::getText).toList()).contains("CN¥1,000.00", "CN¥500.00");
            assertThat(openTaskNames(browser)).isEqualTo(open.stream().map(OpenTask::name).toList());
            assertThat(field(browser, "open-tasks.waitingFor")).isEqualTo(String.join(", ",
                    open.get(0).candidateGroups()));
        }
        refused("sales2", "loan", key, "Trial at the customer");
    }

    private void refused(String user, String type, String key, String secret) {
        try (Browser browser = Browser.start(profile.resolve(user), null)) {
            browser.signIn(port, user);
            open(browser, type, key);
            assertThat(browser.driver().findElement(By.cssSelector("p.error")).getText()).isEqualTo(REFUSAL);
            assertThat(browser.driver().findElements(By.cssSelector("[data-field]"))).isEmpty();
            assertThat(browser.driver().getPageSource()).doesNotContain(secret);
        }
    }

    private void open(Browser browser, String type, String key) {
        browser.driver().get(Browser.url(port, "/records/" + type + ".html?key=" + key));
        browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-record-ready", "true"));
    }

    private static String field(Browser browser, String name) {
        return browser.driver().findElement(By.cssSelector("[data-field='" + name + "']")).getText();
    }

    private static List<String> openTaskNames(Browser browser) {
        return browser.driver().findElements(By.cssSelector("td[data-field='open-tasks.name']")).stream()
                .map(WebElement::getText).toList();
    }
}
