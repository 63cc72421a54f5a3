package com.relaycrm.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.relaycrm.expense.approval.ApprovalTokens;
import com.relaycrm.support.Browser;
import com.relaycrm.support.RelayProcessTest;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The confirmation page of an approval link in a real headless Chromium, as an approver clicking the link in their
 * mail sees it: opening it changes nothing; confirming with a comment approves; opening it again says it was used.
 * Needs /usr/bin/chromium and /usr/bin/chromedriver (nothing is downloaded); fails without them when {@code CI} is
 * set, skipped otherwise.
 */
@RelayProcessTest
class ApprovalPageBrowserTest {

    @TempDir
    Path profile;
    @LocalServerPort
    int port;

    @Autowired ProcessEngine engine;
    @Autowired ExpenseQueries queries;
    @Autowired ApprovalTokens tokens;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ExpenseFixtures fixtures;

    private Browser browser;
    private WebDriver driver;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void approverConfirmsOnThePageAndTheLinkIsThenUsedUp() {
        ExpenseRequest request = fixtures.submitted("sales1", "SALES-N", ExpenseType.ENTERTAINMENT, "480",
                "Lunch with <b>buyers</b>");
        ProcessInstance process = runtimeService.createProcessInstanceQuery()
                .processInstanceId(request.getProcessInstanceId()).singleResult();
        Task task = taskService.createTaskQuery().processInstanceId(process.getId()).singleResult();
        String token = tokens.issue(task.getId(), "salesmgr1", ApprovalDecision.APPROVE, request.getId());
        String link = "http://localhost:" + port + "/approval/" + token;

        startBrowser();
        driver.get(link);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Approve expense request " + request.getRequestNumber() + "?");
        assertThat(driver.findElement(By.tagName("table")).getText())
                .contains("480.00 CNY", "Lunch with <b>buyers</b>", "salesmgr1");
        assertThat(process).as("opening the page changes nothing").isWaitingAt("ApproveExpense");

        driver.findElement(By.id("comment")).sendKeys("Good customer");
        driver.findElement(By.id("confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.done")));
        assertThat(driver.findElement(By.cssSelector("p.done")).getText())
                .contains("You have approved expense request " + request.getRequestNumber());
        assertThat(process).isWaitingAt("PayExpense");
        assertThat(queries.details(request.getId()).steps()).singleElement().satisfies(step -> {
            assertThat(step.getActedBy()).isEqualTo("salesmgr1");
            assertThat(step.getComment()).isEqualTo("Good customer");
        });

        driver.get(link);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.refused")));
        assertThat(driver.findElement(By.cssSelector("p.refused")).getText()).contains("already been used");
        assertThat(driver.findElements(By.id("confirm"))).isEmpty();
    }

    private void startBrowser() {
        browser = Browser.start(profile, null);
        driver = browser.driver();
    }
}
