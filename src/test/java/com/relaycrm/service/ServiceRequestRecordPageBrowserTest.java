package com.relaycrm.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.process.OpenTasks.OpenTask;
import com.relaycrm.process.RecordView;
import com.relaycrm.service.ServiceRequestQueries.ServiceRequestDetails;
import com.relaycrm.service.process.ServiceRequestProcess.Variables;
import com.relaycrm.support.Browser;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.ProcessDriver;
import com.relaycrm.support.ServiceRequestFixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service request page (/records/service-request.html?key=SR-…) in headless Chromium: the desk sees the request,
 * its work order with the engineer's full name and the task open now with who holds it, all as the service returns
 * them; an engineer the request was not dispatched to and a sales rep are refused and shown nothing of it; a Chinese
 * browser gets the page in Chinese.
 */
@RelayIntegrationTest
class ServiceRequestRecordPageBrowserTest {

    @TempDir
    Path profile;
    @LocalServerPort
    int port;
    @Autowired
    ServiceRequestFixtures requests;
    @Autowired
    ServiceRequestQueries queries;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ProcessDriver driver;
    @Autowired
    com.relaycrm.customer.CustomerService customers;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void deskSeesTheRequestItsWorkOrderAndWhoHoldsTheOpenTask() {
        String number = dispatchedToEngineer1();
        RecordView<ServiceRequestDetails> expected = queries.record(number, Fixtures.SERVICE1);
        OpenTask open = expected.openTasks().get(0);
        assertThat(open.assignee()).isEqualTo("engineer1");

        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "service1");
            open(browser, number);
            browser.screenshot("record-service-request");
            assertThat(field(browser, "details.requestNumber")).isEqualTo(number);
            var customer = customers.customer(expected.record().request().getCustomerId());
            assertThat(field(browser, "details.customerId"))
                    .isEqualTo(customer.getName() + " (" + customer.getCode() + ")");
            assertThat(browser.driver().findElement(By.cssSelector("[data-field='details.customerId'] a"))
                    .getAttribute("href")).endsWith("/records/customer.html?key=" + customer.getCode());
            assertThat(field(browser, "details.queue")).isEqualTo(expected.record().request().getQueue());
            assertThat(field(browser, "details.priority"))
                    .isEqualTo(String.valueOf(expected.record().request().getPriority()));
            assertThat(field(browser, "work-orders.engineerId")).isEqualTo("Wu Gang");
            assertThat(field(browser, "work-orders.dispatchedBy")).isEqualTo("Chen Jing");
            assertThat(field(browser, "open-tasks.name")).isEqualTo(open.name());
            assertThat(field(browser, "open-tasks.assignee")).isEqualTo("Wu Gang");
            assertThat(browser.driver().findElements(By.cssSelector("#open-tasks tr[data-row]")))
                    .hasSize(expected.openTasks().size());
            assertThat(browser.driver().findElements(By.cssSelector("p.error"))).isEmpty();
        }
    }

    @Test
    void anEngineerItWasNotDispatchedToAndASalesRepAreRefused() {
        String number = dispatchedToEngineer1();
        for (String user : new String[] {"engineer2", "sales1"}) {
            try (Browser browser = Browser.start(profile.resolve(user), null)) {
                browser.signIn(port, user);
                open(browser, number);
                WebElement error = browser.driver().findElement(By.cssSelector("p.error"));
                assertThat(error.getText()).as(user).isEqualTo("This record does not exist or you may not see it.");
                assertThat(browser.driver().findElements(By.cssSelector("[data-field]"))).as(user).isEmpty();
                assertThat(browser.driver().getPageSource()).as(user).doesNotContain("Display flickers");
            }
        }
    }

    @Test
    void aChineseBrowserGetsThePageInChinese() {
        String number = dispatchedToEngineer1();
        try (Browser browser = Browser.start(profile, "zh-CN")) {
            browser.signIn(port, "service1");
            open(browser, number);
            browser.screenshot("record-service-request-zh");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).startsWith("服务请求 " + number);
            assertThat(browser.driver().findElement(By.cssSelector("#open-tasks h2")).getText()).isEqualTo("当前待办");
        }
    }

    private void open(Browser browser, String number) {
        browser.driver().get(Browser.url(port, "/records/service-request.html?key=" + number));
        browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-record-ready", "true"));
    }

    private static String field(Browser browser, String name) {
        return browser.driver().findElement(By.cssSelector("[data-field='" + name + "']")).getText();
    }

    /** A new request dispatched by service1 to engineer1, waiting for engineer1's acceptance; its number. */
    private String dispatchedToEngineer1() {
        Task dispatch = requests.waitingForDispatch();
        driver.complete(dispatch, "service1",
                Map.of(Variables.ENGINEER_ID, "engineer1", Variables.DISPATCH_NOTE, "On site 9-17"));
        return runtimeService.createProcessInstanceQuery().processInstanceId(dispatch.getProcessInstanceId())
                .singleResult().getBusinessKey();
    }
}
