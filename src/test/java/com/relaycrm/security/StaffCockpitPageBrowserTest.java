package com.relaycrm.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.service.ServiceRequest;
import com.relaycrm.support.Api;
import com.relaycrm.support.Browser;
import com.relaycrm.support.RelayIntegrationTest;
import com.relaycrm.support.ServiceRequestFixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist's process-name link leads into Cockpit, which only administrators may open. Staff following it get a
 * page that says so and links to the record of their task (not a "Whitelabel Error Page … Forbidden"); someone
 * without a task in that process gets no link, and the record-page lookup answers them 404; an administrator still
 * reaches Cockpit.
 */
@RelayIntegrationTest
class StaffCockpitPageBrowserTest {

    @TempDir
    Path profile;
    @LocalServerPort
    int port;
    @Autowired
    ServiceRequestFixtures requests;
    @Autowired
    Api api;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void staffGetTheirRecordInsteadOfAForbiddenPage() {
        ServiceRequestFixtures.Waiting waiting = requests.requestWaitingForDispatch();   // for the service desk
        ServiceRequest request = waiting.request();
        String instance = waiting.task().getProcessInstanceId();
        String cockpit = "/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime";

        try (Browser browser = Browser.start(profile.resolve("service1"), null)) {
            browser.signIn(port, "service1");
            browser.driver().get(Browser.url(port, cockpit));
            browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-record-ready", "true"));
            browser.screenshot("staff-cockpit-page");
            assertThat(browser.driver().getCurrentUrl())
                    .endsWith("/records/cockpit.html#/process-instance/" + instance + "/runtime");
            assertThat(browser.driver().getPageSource()).doesNotContain("Whitelabel", "Forbidden");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                    .isEqualTo("Cockpit is for administrators");
            browser.driver().findElement(By.id("record-link")).click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-record-ready", "true"));
            assertThat(browser.driver().getCurrentUrl())
                    .endsWith("/records/service-request.html?key=" + request.getRequestNumber());
            assertThat(browser.driver().findElements(By.cssSelector("p.error"))).isEmpty();
        }
        try (Browser browser = Browser.start(profile.resolve("sales1"), "zh-CN")) {
            browser.signIn(port, "sales1");
            browser.driver().get(Browser.url(port, cockpit));
            browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-record-ready", "true"));
            assertThat(browser.driver().getCurrentUrl()).contains("/records/cockpit.html");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Cockpit 仅供管理员使用");
            assertThat(browser.driver().findElement(By.id("record")).getText()).isEqualTo("您在此流程中没有待办任务。");
            assertThat(browser.driver().findElements(By.id("record-link"))).isEmpty();
        }
        assertThat(api.get("sales1", "/api/tasks/record-page?processInstanceId=" + instance).getStatusCode().value())
                .isEqualTo(404);
        assertThat(api.get("service1", "/api/tasks/record-page?processInstanceId=" + instance).getBody())
                .contains("/records/service-request.html?key=" + request.getRequestNumber());
        assertThat(api.get("service1", "/api/tasks/record-page?processInstanceId=a%20b").getStatusCode().value())
                .isEqualTo(400);
        try (Browser browser = Browser.start(profile.resolve("demo"), null)) {
            browser.signIn(port, "demo");
            browser.driver().get(Browser.url(port, cockpit));
            browser.waiting().until(ExpectedConditions.titleContains("Cockpit"));
            assertThat(browser.driver().getCurrentUrl()).contains("/camunda/app/cockpit/default/")
                    .doesNotContain("/records/cockpit.html");
        }
    }
}
