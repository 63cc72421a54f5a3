package com.relaycrm.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Asset;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.service.RequestStatus;
import com.relaycrm.service.RequestType;
import com.relaycrm.service.ServiceRequest;
import com.relaycrm.service.ServiceRequestCommands.NewServiceRequest;
import com.relaycrm.service.ServiceRequestQueries;
import com.relaycrm.service.ServiceRequestQueries.ServiceRequestDetails;
import com.relaycrm.service.ServiceRequestService;
import com.relaycrm.service.WorkOrderStatus;
import com.relaycrm.support.Browser;
import com.relaycrm.support.RelayIntegrationTest;
import com.relaycrm.support.Tasklist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A service request worked through Camunda Tasklist in a real headless Chromium: the service desk dispatches it, the
 * engineer accepts the work order, and someone outside both groups cannot see it. Also checks what every Tasklist
 * user sees of our webapp customisation (src/main/resources/META-INF/resources/webjars/camunda/app/): the Relay CRM
 * name, no Camunda CE end-of-life banner, and Simplified Chinese for a Chinese browser.
 *
 * <p>Needs the Debian packages {@code chromium} and {@code chromium-driver} (/usr/bin/chromium,
 * /usr/bin/chromedriver); nothing is downloaded. Without them the test fails when {@code CI} is set and is skipped
 * otherwise. Screenshots of the key steps go to /tmp/tasklist-*.png.
 */
@RelayIntegrationTest
class TasklistServiceRequestBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static final By USERNAME = Browser.SIGN_IN_USERNAME;
    private static final By PASSWORD = Browser.SIGN_IN_PASSWORD;
    private static final By LOG_IN = Browser.SIGN_IN_BUTTON;
    private static final By LOGIN_LOGO = Tasklist.LOGIN_LOGO;
    private static final By BRAND_NAME = Tasklist.BRAND_NAME;
    private static final By NOTIFICATIONS = Tasklist.NOTIFICATIONS;
    private static final By EOL_BANNER = Tasklist.EOL_BANNER;
    private static final By FORM = Tasklist.FORM;

    @TempDir
    Path profiles;

    @LocalServerPort
    int port;

    @Autowired
    ServiceRequestService serviceRequests;
    @Autowired
    ServiceRequestQueries serviceRequestQueries;
    @Autowired
    CustomerService customers;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;

    private Browser browser;
    private Tasklist tasklist;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    /**
     * The suite shares one database, and Tasklist shows 15 cards a page: earlier tests' open requests would push this
     * test's task off the first page. Start from a clear desk, as a person trying the flow would.
     */
    @BeforeEach
    void clearDesk() {
        List<String> open = runtimeService.createProcessInstanceQuery().processDefinitionKey("service-request").list()
                .stream().map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).toList();
        if (!open.isEmpty()) {
            runtimeService.deleteProcessInstances(open, "cleared before the Tasklist browser test", true, true);
        }
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            screenshot("last");
            browser.close();
        }
    }

    @Test
    void serviceDeskDispatchesAndEngineerAcceptsInTasklist() {
        ServiceRequest request = openRepairRequest("Printer head jams after 20 pages");
        String processInstanceId = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(request.getRequestNumber()).singleResult().getId();
        runJobs(processInstanceId);
        Task dispatch = taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey("DispatchWorkOrder").singleResult();
        assertThat(dispatch).as("dispatch task after triage").isNotNull();

        startBrowser(null);

        // sales1 works in Tasklist too, but not on service requests
        logIn("sales1");
        tasklist.showFilter("My group tasks / 我的组任务");
        assertThat(tasklist.taskCardIds()).as("tasks sales1 sees in My group tasks").doesNotContain(dispatch.getId());
        tasklist.showFilter("My tasks / 我的任务");
        assertThat(tasklist.taskCardIds()).as("tasks sales1 sees in My tasks").doesNotContain(dispatch.getId());
        tasklist.openTaskByLink(dispatch.getId());
        // the engine answers as if the task did not exist, and Tasklist says so
        wait.until(ExpectedConditions.textToBePresentInElementLocated(NOTIFICATIONS,
                "No matching task with id " + dispatch.getId()));
        assertThat(driver.findElements(FORM)).as("a form for sales1 opening the task's link").isEmpty();
        assertThat(tasklist.visibleText()).doesNotContain("Dispatch to an engineer", request.getSubject());
        screenshot("sales1-no-task");
        tasklist.logOut();

        // the service desk claims the request and dispatches it to engineer1
        logIn("service1");
        tasklist.showFilter("My group tasks / 我的组任务");
        screenshot("service1-group-tasks");
        tasklist.openTaskCard(dispatch.getId(), "Dispatch to an engineer / 派工给工程师");
        tasklist.waitForFormField("Engineer / 工程师");
        assertThat(tasklist.formValue("Request number / 单号")).isEqualTo(request.getRequestNumber());
        assertThat(tasklist.formValue("Subject / 主题")).isEqualTo(request.getSubject());
        assertThat(tasklist.formValue("Customer / 客户")).contains("Huaxin Technology");
        // how to reach the customer, next to who they are
        assertThat(tasklist.formValue("Phone and contacts / 电话和联系人")).contains("010-8888-0001", "Zhang Wei");
        // words instead of codes: the queue, and the priority with the number the card shows
        assertThat(selectText("Queue / 队列")).isEqualTo("Field service / 上门服务");
        assertThat(tasklist.formValue("Priority / 优先级")).isEqualTo("High / 高 (70)");
        assertThat(taskService.createTaskQuery().taskId(dispatch.getId()).singleResult().getPriority()).isEqualTo(70);
        screenshot("service1-dispatch-form");
        tasklist.claim();
        assertThat(taskService.createTaskQuery().taskId(dispatch.getId()).singleResult().getAssignee())
                .isEqualTo("service1");
        // a choice among the engineers only, by name
        tasklist.chooseOption("Engineer / 工程师", "Wu Gang (engineer1)");
        screenshot("service1-dispatch-filled");
        completeInTasklist(dispatch);
        tasklist.logOut();

        Task accept = taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey("AcceptWorkOrder").singleResult();
        assertThat(accept).as("acceptance task after dispatch").isNotNull();
        assertThat(accept.getAssignee()).isEqualTo("engineer1");

        // engineer1 finds the work order among their own tasks and accepts it
        logIn("engineer1");
        tasklist.showFilter("My tasks / 我的任务");
        tasklist.openTaskCard(accept.getId(), "Accept or reject the work order / 接受或拒绝工单");
        tasklist.waitForFormField("Decision / 决定");
        assertThat(tasklist.formValue("Request number / 单号")).isEqualTo(request.getRequestNumber());
        assertThat(tasklist.formValue("Subject / 主题")).isEqualTo(request.getSubject());
        assertThat(tasklist.formValue("Dispatched by / 派工人")).isEqualTo("Chen Jing (service1)");
        tasklist.chooseRadio("Accept / 接受");
        screenshot("engineer1-accept");
        completeInTasklist(accept);
        tasklist.logOut();

        assertThat(runtimeService.getActiveActivityIds(processInstanceId)).contains("RepairAndReport");
        Task repair = taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey("RepairAndReport").singleResult();
        assertThat(repair).isNotNull();
        assertThat(repair.getAssignee()).isEqualTo("engineer1");
        ServiceRequestDetails details = serviceRequestQueries.details(request.getId());
        assertThat(details.request().getStatus()).isEqualTo(RequestStatus.IN_REPAIR);
        assertThat(details.workOrders()).singleElement().satisfies(order -> {
            assertThat(order.getStatus()).isEqualTo(WorkOrderStatus.ACCEPTED);
            assertThat(order.getEngineerId()).isEqualTo("engineer1");
            assertThat(order.getDispatchedBy()).isEqualTo("service1");
        });
    }

    @Test
    void repairSettlementReturnVisitAndFollowUpAreWorkedInTasklist() {
        ServiceRequest request = openRepairRequest("Feeder skips sheets");
        String processInstanceId = request.getProcessInstanceId();
        runJobs(processInstanceId);
        // dispatch and acceptance were walked in the browser above; here the engine does them as the same users
        completeAs("service1", "service", processInstanceId, "DispatchWorkOrder", Map.of("engineerId", "engineer1"));
        completeAs("engineer1", "engineer", processInstanceId, "AcceptWorkOrder", Map.of("engineerDecision", "ACCEPT"));

        startBrowser(null);

        // the engineer reports: a number, a checkbox, a list of parts, a radio choice and the result
        logIn("engineer1");
        tasklist.showFilter("My tasks / 我的任务");
        Task repair = taskAt(processInstanceId, "RepairAndReport");
        tasklist.openTaskCard(repair.getId(), "Repair and report / 维修并报告");
        tasklist.waitForFormField("Labour hours / 工时（小时）");
        // the choices first: a click re-renders the form, which can drop text typed just before it (seen on H2 in CI)
        tasklist.tick("Paid labour (charge the customer for labour even in warranty) / 收费工时（保修期内也向客户收取工时费）");
        tasklist.chooseRadio("Fixed on site / 现场修复");
        // one row in the table of parts (PartsTableBrowserTest adds two, in both languages)
        tasklist.addListRow("Parts used / 使用的配件");
        // as a person would, look over the text fields before completing (typeAll types again what a re-render lost)
        java.util.Map<String, String> report = java.util.Map.of("Labour hours / 工时（小时）", "1.5",
                "Result / 结果", "Replaced both feed rollers, 200 test sheets fed");
        Runnable fill = () -> tasklist.typeAllWithRows("Parts used / 使用的配件", List.of(java.util.Map.of(
                "Part no. / 配件号", "P-100", "Description / 描述", "Feed roller", "Qty / 数量", "2",
                "Unit price / 单价", "12.50", "Old part serial / 旧件序列号", "OLD-R1")), report);
        fill.run();
        screenshot("engineer1-report");
        try {
            completeInTasklist(repair);
        } catch (AssertionError stillOpen) {
            // a re-render while Complete was pressed emptied a field (form-js then says "Field is required."):
            // look the form over again and press Complete once more, as the engineer would
            fill.run();
            completeInTasklist(repair);
        }
        tasklist.logOut();

        ServiceRequestDetails reported = serviceRequestQueries.details(request.getId());
        assertThat(reported.parts()).singleElement().satisfies(part -> {
            assertThat(part.getQuantity()).isEqualTo(2);
            assertThat(part.getOldPartSerial()).isEqualTo("OLD-R1");
        });
        assertThat(reported.workOrders().get(0).getLabourHours()).isEqualByComparingTo("1.5");
        assertThat(reported.settlement().getTotalAmount()).as("in warranty: paid labour only, 1.5 h at 80.00")
                .isEqualByComparingTo("120.00");

        // the service desk settles the charges shown on the form
        logIn("service1");
        tasklist.showFilter("My group tasks / 我的组任务");
        Task settle = taskAt(processInstanceId, "SettleCharges");
        tasklist.openTaskCard(settle.getId(), "Settle service charges / 结算服务费用");
        tasklist.waitForFormField("Payment method / 付款方式");
        assertThat(tasklist.formValue("Amount due (parts + labour) / 应收金额（配件 + 工时）")).isEqualTo("CNY 120.00");
        assertThat(tasklist.formValue("Parts and labour / 配件和工时")).contains("CNY 0.00", "CNY 120.00");
        tasklist.claim();
        tasklist.chooseOption("Payment method / 付款方式", "Cash / 现金");
        tasklist.tick("Customer has paid / 客户已付款");
        screenshot("service1-settlement");
        completeInTasklist(settle);

        // then makes the return visit: the customer is not happy
        tasklist.showFilter("My group tasks / 我的组任务");
        Task visit = taskAt(processInstanceId, "ReturnVisit");
        tasklist.openTaskCard(visit.getId(), "Return visit and survey / 回访与满意度调查");
        tasklist.waitForFormField("How satisfied is the customer? / 客户满意度如何？");
        tasklist.claim();
        tasklist.chooseRadio("How satisfied is the customer? / 客户满意度如何？", "2 - dissatisfied / 2 - 不满意");
        tasklist.chooseRadio("Was the problem solved? / 问题是否已解决？", "No / 否");
        tasklist.chooseRadio("Did the engineer arrive on time? / 工程师是否准时到达？", "Yes / 是");
        tasklist.type("Customer comment / 客户意见", "Still skips now and then");
        screenshot("service1-return-visit");
        completeInTasklist(visit);
        tasklist.logOut();

        // so the service manager follows up
        logIn("servicemgr1");
        tasklist.showFilter("My group tasks / 我的组任务");
        Task followUp = taskAt(processInstanceId, "FollowUpDissatisfied");
        tasklist.openTaskCard(followUp.getId(), "Follow up a dissatisfied customer / 跟进不满意的客户");
        tasklist.waitForFormField("Follow-up action / 跟进措施");
        assertThat(tasklist.formValue("Satisfaction score (1-5) / 满意度评分（1-5）")).isEqualTo("2");
        tasklist.claim();
        tasklist.type("Follow-up action / 跟进措施", "Visited the customer, replaced the pickup pad");
        tasklist.tick("Customer's concern resolved / 客户问题已解决");
        screenshot("servicemgr1-follow-up");
        completeInTasklist(followUp);
        tasklist.logOut();

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count())
                .as("the request's process has ended").isZero();
        ServiceRequestDetails closed = serviceRequestQueries.details(request.getId());
        assertThat(closed.request().getStatus()).isEqualTo(RequestStatus.CLOSED);
        assertThat(closed.settlement().isPaid()).isTrue();
        assertThat(closed.settlement().getPaymentMethod()).hasToString("CASH");
        assertThat(closed.settlement().getSettledBy()).isEqualTo("service1");
        assertThat(closed.returnVisit().getScore()).isEqualTo(2);
        assertThat(closed.returnVisit().isProblemSolved()).isFalse();
        assertThat(closed.returnVisit().isEngineerOnTime()).isTrue();
        assertThat(closed.returnVisit().getFollowUpBy()).isEqualTo("servicemgr1");
        assertThat(closed.returnVisit().getFollowUpResolved()).isTrue();
    }

    @Test
    void chineseBrowserGetsTasklistInSimplifiedChinese() {
        startBrowser("zh-CN");
        driver.get(tasklist.url());
        wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
        wait.until(ExpectedConditions.textToBe(LOG_IN, "登录"));
        assertThat(driver.findElement(USERNAME).getDomAttribute("placeholder")).isEqualTo("用户名");
        assertThat(driver.findElement(PASSWORD).getDomAttribute("placeholder")).isEqualTo("密码");
        assertBrandedWithoutEolBanner();
        screenshot("zh-login");

        logIn("service1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-widget-header]"), "启动流程"));
        assertBrandedWithoutEolBanner();
        screenshot("zh-tasklist");
    }

    // --- the service -------------------------------------------------------------------------------------------

    private ServiceRequest openRepairRequest(String subject) {
        Customer customer = customers.customerByCode("CUST-0001").orElseThrow();
        Asset asset = customers.assetBySerial("IP500-2025-0001").orElseThrow();
        return serviceRequests.open(new NewServiceRequest(customer.getId(), asset.getId(), RequestType.REPAIR,
                        subject, "The print head stops with a paper jam every 20 pages; cleaned twice already."),
                new Viewer("service1", List.of("service")));
    }

    private Task taskAt(String processInstanceId, String activityId) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityId)
                .singleResult();
        assertThat(task).as("task " + activityId).isNotNull();
        return task;
    }

    private void completeAs(String user, String group, String processInstanceId, String activityId,
                            Map<String, Object> variables) {
        Task task = taskAt(processInstanceId, activityId);
        identityService.setAuthentication(user, List.of(group));
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The job executor is off in tests: runs the process's due jobs (the asynchronous triage). */
    private void runJobs(String processInstanceId) {
        List<Job> jobs = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
        assertThat(jobs).as("jobs of " + processInstanceId).isNotEmpty();
        jobs.forEach(job -> managementService.executeJob(job.getId()));
    }

    // --- the browser -------------------------------------------------------------------------------------------

    private void startBrowser(String language) {
        browser = Browser.start(profiles.resolve(language == null ? "default" : language), language);
        driver = browser.driver();
        wait = browser.waiting();
        tasklist = new Tasklist(browser, port);
    }

    /** Signs in through Tasklist's form, checking our branding on the sign-in page and after it. */
    private void logIn(String user) {
        tasklist.openSignIn();
        assertBrandedWithoutEolBanner();
        tasklist.logIn(user);
        assertBrandedWithoutEolBanner();
    }



    /**
     * What a person sees of our branding: the login page shows "Relay CRM" (user-styles.css puts it where Camunda's
     * word mark was), the header and the window title "Relay CRM Tasklist" (config.js), and Camunda's CE
     * end-of-life banner is nowhere to be seen.
     */
    private void assertBrandedWithoutEolBanner() {
        wait.until(ExpectedConditions.titleIs("Relay CRM Tasklist"));
        if (!driver.findElements(USERNAME).isEmpty()) {
            WebElement logo = driver.findElement(LOGIN_LOGO);
            Object mark = ((JavascriptExecutor) driver).executeScript(
                    "return getComputedStyle(arguments[0], '::before').content", logo);
            assertThat(mark).as("login page word mark").isEqualTo("\"Relay CRM\"");
            assertThat(logo.findElements(By.tagName("svg"))).allSatisfy(svg -> assertThat(svg.isDisplayed())
                    .as("Camunda word mark on the login page").isFalse());
        } else {
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(BRAND_NAME)).getText())
                    .isEqualTo("Relay CRM Tasklist");
        }
        assertThat(driver.findElements(EOL_BANNER)).allSatisfy(banner -> assertThat(banner.isDisplayed())
                .as("Camunda CE end-of-life banner").isFalse());
        assertThat(tasklist.visibleText()).doesNotContain("Camunda 8", "Camunda 7 CE", "migration guide");
    }









































    /** The text a read-only form-js select shows (the option's label). */
    private String selectText(String label) {
        return driver.findElement(By.xpath("//form[contains(@class,'fjs-form')]//div[contains(@class,"
                + "'fjs-form-field-select')][.//label[normalize-space(text())='" + label + "']]"
                + "//div[contains(@class,'fjs-input-group')]")).getText().trim();
    }

    private void screenshot(String step) {
        browser.screenshot("tasklist-" + step);
    }

    /**
     * Completes the open form in Tasklist and waits until the engine has the task done: Tasklist can look finished
     * (form and card re-rendered away) a moment before its completion request has committed, and the records read
     * next must be those the step wrote.
     */
    private void completeInTasklist(Task task) {
        tasklist.complete(task.getId());
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                taskService.createTaskQuery().taskId(task.getId()).count() == 0);
    }
}
