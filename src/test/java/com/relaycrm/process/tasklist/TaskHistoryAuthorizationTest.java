package com.relaycrm.process.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.support.Api;
import com.relaycrm.support.Browser;
import com.relaycrm.support.DemoUsers;
import com.relaycrm.support.RelayIntegrationTest;
import com.relaycrm.support.ServiceRequestFixtures;
import com.relaycrm.support.Tasklist;
import java.nio.file.Path;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A task's History tab in Tasklist (GET history/user-operation?taskId=…) shows what was done on the task to the
 * people who may work on it now — its candidate group and whoever holds it — and to nobody else, without any
 * history authorization being granted: no READ_HISTORY on the process, no historic task or instance permission, so
 * the whole instance's history stays closed to them (process/rest/EngineRestGuardFilter).
 */
@RelayIntegrationTest
class TaskHistoryAuthorizationTest {

    @TempDir
    Path profile;
    @LocalServerPort
    int port;
    @Autowired ServiceRequestFixtures requests;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired AuthorizationService authorizationService;
    @Autowired DemoUsers demoUsers;
    @Autowired Api api;

    @Test
    void theTasksPeopleSeeItsHistoryOthersDoNot() {
        Task dispatch = requests.waitingForDispatch();   // waits for the service desk (group service)
        Task other = requests.waitingForDispatch();
        demoUsers.actAs("service1", () -> taskService.claim(dispatch.getId(), "service1"));
        demoUsers.actAs("service1", () -> taskService.claim(other.getId(), "service1"));
        String history = "/engine-rest/history/user-operation?taskId=" + dispatch.getId();

        // the one holding the task sees the claim, as Tasklist asks for it, and its count
        assertThat(api.get("service1", history).getBody())
                .contains("\"operationType\":\"Claim\"", "\"userId\":\"service1\"", dispatch.getId())
                .doesNotContain(other.getId());
        assertThat(api.get("service1", "/engine-rest/history/user-operation/count?taskId=" + dispatch.getId())
                .getBody()).doesNotContain("\"count\":0");

        // a rep and an engineer, who may not read the task, see nothing of it
        for (String user : new String[] {"sales1", "engineer1"}) {
            assertThat(api.get(user, history).getBody()).as(user).isEqualTo("[]");
            assertThat(api.get(user, "/engine-rest/history/user-operation/count?taskId=" + dispatch.getId())
                    .getBody()).as(user).isEqualTo("{\"count\":0}");
        }

        // only the task's own log, asked for by one task id: nothing of other tasks, nor of the instance
        assertThat(api.get("service1", "/engine-rest/history/user-operation").getBody())
                .doesNotContain(dispatch.getId(), other.getId());
        assertThat(api.get("service1", history + "&taskId=" + other.getId()).getBody()).isEqualTo("[]");
        assertThat(api.get("service1", "/engine-rest/history/variable-instance?processInstanceId="
                + dispatch.getProcessInstanceId()).getBody()).isEqualTo("[]");
        assertThat(api.get("service1", "/engine-rest/history/process-instance?processInstanceId="
                + dispatch.getProcessInstanceId()).getBody()).isEqualTo("[]");
        // and no authorization on history was granted for it: the engine's own query still shows them nothing
        assertThat(demoUsers.actAs("service1", () -> historyService.createUserOperationLogQuery()
                .taskId(dispatch.getId()).count())).isZero();
        assertThat(authorizationService.createAuthorizationQuery().groupIdIn("service")
                .resourceType(Resources.PROCESS_DEFINITION).list())
                .noneMatch(a -> a.isPermissionGranted(org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY));

        // in Tasklist: the History tab lists the claim instead of "There is no history for the task."
        try (Browser browser = Browser.start(profile, null)) {
            Tasklist tasklist = new Tasklist(browser, port);
            tasklist.logIn("service1");
            tasklist.openTaskByLink(dispatch.getId());
            browser.waiting().until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='History']"))).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".history-pane .day")));
            browser.screenshot("tasklist-task-history");
            assertThat(browser.driver().findElement(By.cssSelector(".history-pane")).getText())
                    .doesNotContain("There is no history for the task.");
        }
    }
}
