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

    // Tasklist 7.24 page elements, taken from its rendered DOM
    private static final By USERNAME = By.cssSelector("form[name=signinForm] input[ng-model=username]");
    private static final By PASSWORD = By.cssSelector("form[name=signinForm] input[ng-model=password]");
    private static final By LOG_IN = By.cssSelector("form[name=signinForm] button[type=submit]");
    private static final By LOGIN_LOGO = By.cssSelector(".login-header .login-logo");
    private static final By BRAND_NAME = By.cssSelector("[cam-widget-header] .navbar-brand .brand-name");
    private static final By ACCOUNT_MENU = By.cssSelector("[cam-widget-header] li.account > a.dropdown-toggle");
    private static final By LOG_OUT = By.cssSelector("[cam-widget-header] li.account li.logout > a");
    private static final By NOTIFICATIONS = By.cssSelector("[notifications-panel]");
    private static final By TOOLTIP = By.cssSelector("div.tooltip");
    private static final By EOL_BANNER = By.cssSelector(".ce-eol-banner");
    private static final By TASK_LIST_CONTENT = By.cssSelector("[cam-tasks] > div[ng-if]");
    private static final By TASK_LIST_LOADED = By.cssSelector("[cam-tasks] ol.tasks-list, [cam-tasks] .well");
    private static final By TASK_CARD_LINKS = By.cssSelector("[cam-tasks] ol.tasks-list li.task h4.task a");
    private static final By TASK_DETAIL_NAME = By.cssSelector("[cam-tasklist-task] .task-card .names h2.task");
    private static final By FORM = By.cssSelector("form.fjs-form");
    private static final By CLAIM = By.cssSelector("button.claim");
    private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");

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
        showFilter("My group tasks");
        assertThat(taskCardIds()).as("tasks sales1 sees in My group tasks").doesNotContain(dispatch.getId());
        showFilter("My tasks");
        assertThat(taskCardIds()).as("tasks sales1 sees in My tasks").doesNotContain(dispatch.getId());
        openTaskByLink(dispatch.getId());
        // the engine answers as if the task did not exist, and Tasklist says so
        wait.until(ExpectedConditions.textToBePresentInElementLocated(NOTIFICATIONS,
                "No matching task with id " + dispatch.getId()));
        assertThat(driver.findElements(FORM)).as("a form for sales1 opening the task's link").isEmpty();
        assertThat(visibleText()).doesNotContain("Dispatch to an engineer", request.getSubject());
        screenshot("sales1-no-task");
        logOut();

        // the service desk claims the request and dispatches it to engineer1
        logIn("service1");
        showFilter("My group tasks");
        screenshot("service1-group-tasks");
        openTaskCard(dispatch.getId(), "Dispatch to an engineer");
        waitForFormField("Engineer (user id)");
        assertThat(formValue("Request number")).isEqualTo(request.getRequestNumber());
        assertThat(formValue("Subject")).isEqualTo(request.getSubject());
        assertThat(formValue("Customer")).contains("Huaxin Technology");
        screenshot("service1-dispatch-form");
        claim();
        assertThat(taskService.createTaskQuery().taskId(dispatch.getId()).singleResult().getAssignee())
                .isEqualTo("service1");
        type("Engineer (user id)", "engineer1");
        screenshot("service1-dispatch-filled");
        complete(dispatch.getId());
        logOut();

        Task accept = taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey("AcceptWorkOrder").singleResult();
        assertThat(accept).as("acceptance task after dispatch").isNotNull();
        assertThat(accept.getAssignee()).isEqualTo("engineer1");

        // engineer1 finds the work order among their own tasks and accepts it
        logIn("engineer1");
        showFilter("My tasks");
        openTaskCard(accept.getId(), "Accept or reject the work order");
        waitForFormField("Decision");
        assertThat(formValue("Request number")).isEqualTo(request.getRequestNumber());
        assertThat(formValue("Subject")).isEqualTo(request.getSubject());
        chooseRadio("Accept");
        screenshot("engineer1-accept");
        complete(accept.getId());
        logOut();

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
        showFilter("My tasks");
        Task repair = taskAt(processInstanceId, "RepairAndReport");
        openTaskCard(repair.getId(), "Repair and report");
        waitForFormField("Labour hours");
        type("Labour hours", "1.5");
        tick("Paid labour (charge the customer for labour even in warranty)");
        type("Parts used", "P-100 | Feed roller | 2 | 12.50 | OLD-R1");
        chooseRadio("Fixed on site");
        type("Result", "Replaced both feed rollers, 200 test sheets fed");
        screenshot("engineer1-report");
        complete(repair.getId());
        logOut();

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
        showFilter("My group tasks");
        Task settle = taskAt(processInstanceId, "SettleCharges");
        openTaskCard(settle.getId(), "Settle service charges");
        waitForFormField("Payment method");
        assertThat(formValue("Amount due (parts + labour)")).isEqualTo("120");
        claim();
        chooseOption("Payment method", "Cash");
        tick("Customer has paid");
        screenshot("service1-settlement");
        complete(settle.getId());

        // then makes the return visit: the customer is not happy
        showFilter("My group tasks");
        Task visit = taskAt(processInstanceId, "ReturnVisit");
        openTaskCard(visit.getId(), "Return visit and survey");
        waitForFormField("How satisfied is the customer?");
        claim();
        chooseRadio("How satisfied is the customer?", "2 - dissatisfied");
        chooseRadio("Was the problem solved?", "No");
        chooseRadio("Did the engineer arrive on time?", "Yes");
        type("Customer comment", "Still skips now and then");
        screenshot("service1-return-visit");
        complete(visit.getId());
        logOut();

        // so the service manager follows up
        logIn("servicemgr1");
        showFilter("My group tasks");
        Task followUp = taskAt(processInstanceId, "FollowUpDissatisfied");
        openTaskCard(followUp.getId(), "Follow up a dissatisfied customer");
        waitForFormField("Follow-up action");
        assertThat(formValue("Satisfaction score (1-5)")).isEqualTo("2");
        claim();
        type("Follow-up action", "Visited the customer, replaced the pickup pad");
        tick("Customer's concern resolved");
        screenshot("servicemgr1-follow-up");
        complete(followUp.getId());
        logOut();

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
        driver.get(tasklistUrl());
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
    }

    private String tasklistUrl() {
        return "http://localhost:" + port + "/camunda/app/tasklist/default/";
    }

    private void logIn(String user) {
        if (driver.findElements(USERNAME).isEmpty()) {
            driver.get(tasklistUrl());
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME)).sendKeys(user);
        driver.findElement(PASSWORD).sendKeys(user);
        assertBrandedWithoutEolBanner();
        driver.findElement(LOG_IN).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(ACCOUNT_MENU));
        wait.until(ExpectedConditions.visibilityOfElementLocated(TASK_LIST_LOADED));
        assertBrandedWithoutEolBanner();
    }

    private void logOut() {
        wait.until(ExpectedConditions.elementToBeClickable(ACCOUNT_MENU)).click();
        wait.until(ExpectedConditions.elementToBeClickable(LOG_OUT)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
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
        assertThat(visibleText()).doesNotContain("Camunda 8", "Camunda 7 CE", "migration guide");
    }

    /** Shows a filter's tasks, waiting until the list shown is that filter's rather than the one before. */
    private void showFilter(String name) {
        By item = By.xpath("//div[contains(@class,'task-filter')][.//h4[contains(@class,'name')]/a"
                + "[normalize-space(text())='" + name + "']]");
        WebElement filter = wait.until(ExpectedConditions.visibilityOfElementLocated(item));
        WebElement previousList = filter.getDomAttribute("class").contains("active") ? null
                : driver.findElement(TASK_LIST_CONTENT);
        // the tooltip of a filter the mouse was left on covers the filter above it
        new Actions(driver).moveToElement(driver.findElement(BRAND_NAME)).perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(TOOLTIP));
        wait.until(ExpectedConditions.elementToBeClickable(filter.findElement(By.cssSelector("h4.name a")))).click();
        wait.until(ExpectedConditions.attributeContains(item, "class", "active"));
        if (previousList != null) {
            wait.until(ExpectedConditions.stalenessOf(previousList));
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(TASK_LIST_LOADED));
    }

    private List<String> taskCardIds() {
        return driver.findElements(TASK_CARD_LINKS).stream()
                .map(link -> link.getDomAttribute("href").replaceFirst(".*[?&]task=([^&]+).*", "$1"))
                .toList();
    }

    private void openTaskCard(String taskId, String taskName) {
        By card = By.cssSelector("[cam-tasks] ol.tasks-list li.task h4.task a[href$='task=" + taskId + "']");
        // the list re-renders while it refreshes, so a card found a moment ago may be gone: find it again then
        new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement link = d.findElement(card);
                    assertThat(link.getText()).isEqualTo(taskName);
                    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
                    link.click();
                    return true;
                });
        wait.until(ExpectedConditions.textToBePresentInElementLocated(TASK_DETAIL_NAME, taskName));
    }

    private void openTaskByLink(String taskId) {
        driver.get(tasklistUrl() + "#/?task=" + taskId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(TASK_LIST_LOADED));
    }

    private void claim() {
        wait.until(ExpectedConditions.elementToBeClickable(CLAIM)).click();
        untilOrFailWithNotifications("claiming the task", () -> {
            wait.until(ExpectedConditions.invisibilityOfElementLocated(CLAIM));
            wait.until(ExpectedConditions.elementToBeClickable(COMPLETE));
        });
    }

    /** Completes the open task form; fails with what Tasklist reported if the task does not go away. */
    private void complete(String taskId) {
        clickInView(COMPLETE);
        untilOrFailWithNotifications("completing task " + taskId, () -> {
            wait.until(ExpectedConditions.invisibilityOfElementLocated(FORM));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(
                    By.cssSelector("[cam-tasks] a[href$='task=" + taskId + "']")));
        });
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("task " + taskId + " open").isZero();
    }

    private void untilOrFailWithNotifications(String action, Runnable waits) {
        try {
            waits.run();
        } catch (TimeoutException e) {
            screenshot("failed");
            throw new AssertionError("Tasklist did not finish " + action + "; its notifications: "
                    + driver.findElement(NOTIFICATIONS).getText(), e);
        }
    }

    private By formLabel(String label) {
        return By.xpath("//form[contains(@class,'fjs-form')]//label[contains(@class,'fjs-form-field-label')]"
                + "[normalize-space(text())=" + xpathLiteral(label) + "]");
    }

    /** A string literal for XPath 1.0, which has no escapes: labels such as "Customer's concern" need double quotes. */
    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    private void waitForFormField(String label) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(formLabel(label)));
    }

    private WebElement formInput(String label) {
        return driver.findElement(By.id(driver.findElement(formLabel(label)).getDomAttribute("for")));
    }

    private String formValue(String label) {
        WebElement input = formInput(label);
        wait.until(driver -> !input.getDomProperty("value").isEmpty());
        return input.getDomProperty("value");
    }

    private void chooseRadio(String label) {
        By option = By.xpath("//form[contains(@class,'fjs-form')]//label[contains(@class,'fjs-form-field-label')]"
                + "[normalize-space(.)='" + label + "']");
        select(option);
    }

    /**
     * Types into a form field until it holds the text: form-js re-renders the form when another field changes, and
     * keys typed into a field it is replacing are lost, so the value is checked and typed again if need be.
     */
    private void type(String label, String text) {
        new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement input = formInput(label);
                    if (!text.equals(input.getDomProperty("value"))) {
                        input.clear();
                        input.sendKeys(text);
                    }
                    return text.equals(formInput(label).getDomProperty("value"));
                });
    }

    /** A radio option within the radio group with the given label (several groups may offer "Yes"). */
    private void chooseRadio(String group, String option) {
        By choice = By.xpath("//form[contains(@class,'fjs-form')]//div[contains(@class,'fjs-form-field-radio')]"
                + "[.//label[normalize-space(text())='" + group + "']]//label[normalize-space(.)='" + option + "']");
        select(choice);
    }

    private void tick(String label) {
        select(formLabel(label));
    }

    /**
     * Clicks the label of a radio button or checkbox until its input is selected: a click that only moves the focus
     * out of a text field (form-js re-renders on that blur) can be lost, as a person would simply click again.
     */
    private void select(By label) {
        new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement input = d.findElement(By.id(d.findElement(label).getDomAttribute("for")));
                    if (!input.isSelected()) {
                        clickInView(label);
                    }
                    return input.isSelected();
                });
    }

    /** form-js draws its select as a dropdown list of its own, not a native select element. */
    private void chooseOption(String label, String option) {
        By field = By.xpath("//form[contains(@class,'fjs-form')]//div[contains(@class,'fjs-form-field-select')]"
                + "[.//label[normalize-space(text())='" + label + "']]");
        clickInView(By.xpath(field.toString().substring("By.xpath: ".length()) + "//div[contains(@class,'fjs-input-group')]"));
        clickInView(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + option + "']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(field, option));
    }

    /** Scrolls the element to the middle of the window first, where Tasklist's fixed footer cannot cover it. */
    private void clickInView(By locator) {
        WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private String visibleText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    private void screenshot(String step) {
        try {
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, Path.of("/tmp", "tasklist-" + step + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot of " + step + ": " + e);
        }
    }
}
