package com.relaycrm.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.relaycrm.support.Browser;
import com.relaycrm.support.RelayProcessTest;
import com.relaycrm.support.Tasklist;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The expense approval form worked in Camunda Tasklist in a real headless Chromium, as the approver opens it from
 * the link to the task: the sales manager sees the request, claims it and approves with a comment; rejecting asks for
 * the reason in a field of its own, which the form requires before sending anything, and goes through once given.
 */
@RelayProcessTest
class ExpenseTasklistBrowserTest {

    @Autowired ExpenseFixtures fixtures;

    @TempDir
    Path profile;
    @LocalServerPort
    int port;
    @Autowired ExpenseService expenses;
    @Autowired ExpenseQueries queries;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ProcessEngine processEngine;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void salesManagerApprovesInTasklistWithAComment() {
        ExpenseRequest request = submitted("560");
        Task approval = task(request);

        try (Browser browser = Browser.start(profile, null)) {
            Tasklist tasklist = new Tasklist(browser, port);
            tasklist.logIn("salesmgr1");
            tasklist.openTaskByLink(approval.getId());
            tasklist.waitForFormField("Decision / 决定");
            assertThat(tasklist.formValue("Request number / 单号")).isEqualTo(request.getRequestNumber());
            assertThat(tasklist.formValue("Requested by / 申请人")).isEqualTo("Li Na (sales1)");
            assertThat(tasklist.formValue("Amount / 金额")).isEqualTo("560");
            tasklist.claim();
            tasklist.chooseRadio("Approve 同意");
            tasklist.type("Comment / 意见", "Customer visit agreed last week");
            browser.screenshot("expense-approve-form");
            tasklist.complete(approval.getId());
        }

        assertThat(process(request)).isWaitingAt("PayExpense");
        assertThat(queries.details(request.getId()).steps()).singleElement().satisfies(step -> {
            assertThat(step.getDecision()).isEqualTo(ApprovalDecision.APPROVE);
            assertThat(step.getActedBy()).isEqualTo("salesmgr1");
            assertThat(step.getComment()).isEqualTo("Customer visit agreed last week");
        });
    }

    @Test
    void aRejectionWithoutCommentIsRefusedInTasklistAndGoesThroughWithOne() {
        ExpenseRequest request = submitted("570");
        Task approval = task(request);

        try (Browser browser = Browser.start(profile, null)) {
            Tasklist tasklist = new Tasklist(browser, port);
            tasklist.logIn("salesmgr1");
            tasklist.openTaskByLink(approval.getId());
            tasklist.waitForFormField("Decision / 决定");
            tasklist.claim();
            tasklist.chooseRadio("Reject 不同意");
            tasklist.waitForFormField(REASON);
            tasklist.clickComplete();
            // form-js checks the reason it asks for when rejecting: the error stands under the field, nothing is sent
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(
                    "//div[contains(@class,'fjs-form-field')][.//label[normalize-space(text())='" + REASON + "']]"
                            + "//*[contains(@class,'fjs-form-field-error')]"), "Field is required."));
            browser.screenshot("expense-reject-refused");
            assertThat(taskService.createTaskQuery().taskId(approval.getId()).count()).as("task still open").isOne();
            assertThat(queries.details(request.getId()).steps().get(0).getDecision()).as("nothing decided")
                    .isEqualTo(ApprovalDecision.PENDING);

            tasklist.dismissNotifications();
            tasklist.type(REASON, "No budget left this quarter");
            tasklist.complete(approval.getId());
        }

        assertThat(process(request)).isWaitingAt("ReviseExpense");
        assertThat(queries.details(request.getId()).request().getStatus()).isEqualTo(ExpenseStatus.REJECTED);
        assertThat(queries.details(request.getId()).steps()).singleElement().satisfies(step -> {
            assertThat(step.getDecision()).isEqualTo(ApprovalDecision.REJECT);
            assertThat(step.getComment()).isEqualTo("No budget left this quarter");
        });
    }

    private static final String REASON = "Why the request is rejected / 驳回原因";

    private ExpenseRequest submitted(String amount) {
        return fixtures.submitted("sales1", "SALES-N", ExpenseType.ENTERTAINMENT, amount, "Dinner with customer " + amount);
    }

    private ProcessInstance process(ExpenseRequest request) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(request.getProcessInstanceId())
                .singleResult();
    }

    private Task task(ExpenseRequest request) {
        return taskService.createTaskQuery().processInstanceId(request.getProcessInstanceId()).singleResult();
    }
}
