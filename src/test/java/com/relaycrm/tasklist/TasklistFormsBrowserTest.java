package com.relaycrm.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.expense.ExpenseQueries;
import com.relaycrm.expense.ExpenseService;
import com.relaycrm.sales.opportunity.Opportunity;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewOpportunity;
import com.relaycrm.sales.opportunity.OpportunityService;
import com.relaycrm.support.Browser;
import com.relaycrm.support.DemoUsers;
import com.relaycrm.support.RelayIntegrationTest;
import com.relaycrm.support.Tasklist;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Our task and start forms in Tasklist as people use them all day, in a real headless Chromium: a task that comes
 * round again opens empty, "Start process" offers exactly what the person may start, what the form can check itself
 * is stopped next to the field before anything is sent, and a refused step is told in the form's words. Screenshots of the forms, in English and in Simplified Chinese, go to
 * {@code target/tasklist-forms/} for a reviewer to look at.
 */
@RelayIntegrationTest
class TasklistFormsBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "tasklist-forms");
    private static final By START_PROCESS = By.xpath("//a[span[contains(@class,'glyphicon-list-alt')]]");
    private static final By START_LIST_ITEMS = By.cssSelector(".modal ul.processes li a");

    @TempDir
    Path profiles;

    @LocalServerPort
    int port;

    @Autowired OpportunityService opportunities;
    @Autowired CustomerService customers;
    @Autowired ExpenseService expenses;
    @Autowired ExpenseQueries expenseQueries;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired DemoUsers demoUsers;
    @Autowired com.relaycrm.loan.LoanTestSupport loans;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Browser browser;
    private Tasklist tasklist;

    @BeforeAll
    static void chromiumIsInstalled() throws IOException {
        Browser.requireChromium();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theSecondPromotionOpensEmptyInEnglishAndChinese() {
        Opportunity opportunity = opportunities.open(new NewOpportunity(
                customers.customerByCode("CUST-0001").orElseThrow().getId(), "Browser deal " + System.nanoTime(),
                new BigDecimal("80000.00"), LocalDate.now().plusMonths(2)), new Viewer("sales1", List.of("sales")));
        Map<String, Object> first = new HashMap<>();
        first.put("promotion", "ADVANCE");
        first.put("milestonesMet", true);
        first.put("promotionNote", "Stage 1 done.");
        Task promotion = task(opportunity.getProcessInstanceId());
        demoUsers.actAs("sales1", () -> taskService.complete(promotion.getId(), first));
        Task second = task(opportunity.getProcessInstanceId());
        assertThat(second.getName()).isEqualTo("Promote the opportunity / 推进商机");

        for (String language : new String[] {null, "zh-CN"}) {
            start(language);
            tasklist.logIn("sales1");
            tasklist.openTaskByLink(second.getId());
            tasklist.waitForFormField("Note / 备注");
            assertThat(tasklist.formValue("Amount / 金额")).isEqualTo("CNY 80,000.00");
            assertThat(tasklist.formInput("Note / 备注").getDomProperty("value")).as("the note of the second round")
                    .isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("form.fjs-form input[type=radio]")))
                    .as("decision radios").isNotEmpty().noneMatch(WebElement::isSelected);
            // the form links to the opportunity's record page
            WebElement record = browser.driver().findElement(By.xpath(
                    "//form[contains(@class,'fjs-form')]//a[normalize-space(.)='Open the record / 打开记录']"));
            assertThat(record.getDomAttribute("href")).isEqualTo("/records/opportunity.html?key=OPP-"
                    + opportunity.getId());
            if (language != null) {
                // what Tasklist shows of our models reads in Chinese too: the filters, the task's name, the help text
                assertThat(tasklist.visibleText())
                        .contains("My work / 我的工作", "My tasks / 我的任务", "My group tasks / 我的组任务");
                assertThat(browser.driver().findElement(Tasklist.TASK_DETAIL_NAME).getText())
                        .isEqualTo("Promote the opportunity / 推进商机");
                assertThat(browser.driver().findElement(Tasklist.FORM).getText())
                        .contains("确认当前阶段的里程碑并推进商机", "备注", "金额");
            }
            shot("opportunity-promotion", language);
            browser.close();
            browser = null;
        }
    }

    @Test
    void theStartListHoldsExactlyWhatSales1AndService1MayStart() {
        start(null);
        tasklist.logIn("sales1");
        assertThat(startList()).containsExactlyInAnyOrder("Delegate my approvals / 委托我的审批", "Enter a lead / 录入线索",
                "Expense approval / 费用审批", "Open an opportunity / 创建商机", "Request a loan / 借出申请");
        shot("start-list-sales1", null);
        pickStart("Enter a lead / 录入线索");
        tasklist.waitForFormField("Name / 姓名");
        shot("lead-entry-start", null);
        pickAnotherStart("Open an opportunity / 创建商机", "Customer / 客户", "opportunity-opening-start", null);
        pickAnotherStart("Request a loan / 借出申请", "Product / 产品", "loan-request-start", null);
        browser.driver().get(tasklist.url());
        tasklist.logOut();

        tasklist.logIn("service1");
        assertThat(startList()).containsExactlyInAnyOrder("Delegate my approvals / 委托我的审批", "Expense approval / 费用审批",
                "Request a loan / 借出申请", "Service request / 服务请求");
        shot("start-list-service1", null);
        pickAnotherStart("Service request / 服务请求", "Subject / 主题", "service-request-start", null);
    }

    @Test
    void theStartFormsReadInChineseToo() {
        start("zh-CN");
        tasklist.logIn("sales1");
        pickAnotherStart("Enter a lead / 录入线索", "Name / 姓名", "lead-entry-start", "zh-CN");
        pickAnotherStart("Open an opportunity / 创建商机", "Customer / 客户", "opportunity-opening-start",
                "zh-CN");
        pickAnotherStart("Request a loan / 借出申请", "Product / 产品", "loan-request-start", "zh-CN");
        pickAnotherStart("Expense approval / 费用审批", "Amount / 金额", "expense-start", "zh-CN");
        assertThat(tasklist.visibleText()).contains("费用类型", "用途");
        browser.driver().get(tasklist.url());
        tasklist.logOut();
        tasklist.logIn("service1");
        pickAnotherStart("Service request / 服务请求", "Subject / 主题", "service-request-start", "zh-CN");
        assertThat(tasklist.visibleText()).contains("登记客户的服务请求", "请求与已登记资产无关时留空");
    }

    @Test
    void startFormsOfferThePersonsCustomersAndTheChosenCustomersAssets() {
        start(null);
        tasklist.logIn("service1");
        startList();
        pickStart("Service request / 服务请求");
        tasklist.waitForFormField("Customer / 客户");
        assertThat(tasklist.options("Customer / 客户")).as("the service desk sees every customer")
                .contains(HUAXIN, "上海明达医疗器械 Mingda Medical (CUST-0002)");
        tasklist.chooseOption("Customer / 客户", HUAXIN);
        assertThat(tasklist.options("Asset / 资产")).as("the assets of the customer picked")
                .containsExactlyInAnyOrder("AC75-2019-0042 · Air compressor AC-75",
                        "IP500-2025-0001 · Industrial printer IP-500");
        tasklist.chooseOption("Asset / 资产", "AC75-2019-0042 · Air compressor AC-75");
        tasklist.chooseOption("Request type / 请求类型", "Repair / 维修");
        String subject = "Picked, not typed " + System.nanoTime();
        tasklist.typeAll(Map.of("Subject / 主题", subject, "Description / 描述", "The compressor stops after a minute"));
        shot("service-request-start-picked", null);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                ".modal button[ng-click='startProcessInstance()']"))).click();
        browser.waiting().until(d -> jdbc.queryForObject("select count(*) from service_request where subject = ?",
                Integer.class, subject) == 1);
        assertThat(jdbc.queryForMap("select c.code, a.serial_number from service_request r join customer c on "
                + "c.id = r.customer_id join asset a on a.id = r.asset_id where r.subject = ?", subject))
                .containsEntry("code", "CUST-0001").containsEntry("serial_number", "AC75-2019-0042");

        // a rep picks among their own customers only
        browser.driver().get(tasklist.url());
        tasklist.logOut();
        tasklist.logIn("sales1");
        startList();
        pickStart("Open an opportunity / 创建商机");
        tasklist.waitForFormField("Customer / 客户");
        assertThat(tasklist.options("Customer / 客户")).contains(HUAXIN)
                .noneMatch(option -> option.contains("CUST-0002"));
    }

    private static final String HUAXIN = "北京华信科技有限公司 Huaxin Technology (CUST-0001)";

    @Test
    void rejectingWithoutAReasonIsStoppedNextToTheFieldInEnglishAndChinese() {
        for (String language : new String[] {null, "zh-CN"}) {
            Task approval = expenseApproval("800.00");
            start(language);
            tasklist.logIn("salesmgr1");
            tasklist.openTaskByLink(approval.getId());
            tasklist.waitForFormField("Decision / 决定");
            tasklist.claim();
            assertThat(tasklist.formValue("Approval chain / 审批链")).isEqualTo("Sales managers / 销售经理");
            assertThat(labels()).as("no reason asked before rejecting").contains("Comment / 意见")
                    .doesNotContain(REASON);
            tasklist.chooseRadio("Decision / 决定", "Reject 不同意");
            tasklist.waitForFormField(REASON);
            assertThat(labels()).as("the optional comment gives way to the reason").doesNotContain("Comment / 意见");
            tasklist.clickComplete();
            By error = By.xpath("//form[contains(@class,'fjs-form')]//div[contains(@class,'fjs-form-field')]"
                    + "[.//label[normalize-space(text())='" + REASON + "']]//*[contains(@class,'fjs-form-field-error')]");
            // form-js's own message, in Chinese for a Chinese Tasklist (scripts/relay-form-texts.js)
            String required = language == null ? "Field is required." : "此项为必填项。";
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(error, required));
            assertThat(browser.driver().findElement(error).getText()).isEqualTo(required);
            shot("expense-approval-reason-required", language);
            // form-js draws the message again when the field changes: it stays in the person's language
            tasklist.type(REASON, "x");
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(error));
            tasklist.formInput(REASON).sendKeys(Keys.BACK_SPACE);
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(error, required));
            assertThat(browser.driver().findElement(error).getText()).isEqualTo(required);
            if (language != null) {
                assertThat(chineseOfFormJsMessages()).as("form-js 1.x's other messages (lib/deps.js of the webjar)")
                        .containsExactly("长度至少为 3 个字符。", "长度不能超过 200 个字符。", "数值不能小于 1。",
                                "数值不能大于 10000。", "格式不正确，应符合 [A-Z]{3}。", "请输入有效的电子邮件地址。",
                                "请输入有效的国际电话号码（例如 +8613912345678）。", "请输入数字。", "请输入整数。",
                                "最多 2 位小数。", "请输入有效的数值，最接近的有效值为 0.5 和 1。", "日期和时间都需要填写。");
            }
            // Tasklist's own "could not submit" notice at most: the engine was not asked
            assertThat(browser.driver().findElement(Tasklist.NOTIFICATIONS).getText()).as("nothing was sent")
                    .doesNotContain("ENGINE-", "rejectionReason", "say why");
            tasklist.dismissNotifications();
            assertThat(taskService.createTaskQuery().taskId(approval.getId()).count()).as("still open").isOne();

            tasklist.type(REASON, "No budget left this quarter");
            tasklist.complete(approval.getId());
            assertThat(expenseQueries.details(requestOf(approval)).steps()).singleElement().satisfies(step -> {
                assertThat(step.getDecision()).isEqualTo(com.relaycrm.expense.ApprovalDecision.REJECT);
                assertThat(step.getComment()).isEqualTo("No budget left this quarter");
            });
            browser.close();
            browser = null;
        }
    }

    @Test
    void theTransferIsPickedByNameAmongTheOtherApprovers() {
        Task approval = expenseApproval("900.00");
        start(null);
        tasklist.logIn("salesmgr1");
        tasklist.openTaskByLink(approval.getId());
        tasklist.waitForFormField("Decision / 决定");
        tasklist.claim();
        // the options are offered again when the task is claimed: the form as the claimer then sees it
        browser.driver().navigate().refresh();
        tasklist.waitForFormField("Decision / 决定");
        tasklist.chooseRadio("Decision / 决定", "Transfer 转签");
        tasklist.waitForFormField(TRANSFER);
        assertThat(tasklist.options(TRANSFER)).as("approvers by name, never the requester nor the approver")
                .contains("Sun Hao (servicemgr1)", "Huang Li (finance1)")
                .noneMatch(option -> option.endsWith("(sales1)") || option.endsWith("(salesmgr1)"));
        tasklist.chooseOption(TRANSFER, "Sun Hao (servicemgr1)");
        shot("expense-approval-transfer", null);
        tasklist.complete(approval.getId());
        assertThat(expenseQueries.details(requestOf(approval)).steps()).first().satisfies(step -> {
            assertThat(step.getDecision()).isEqualTo(com.relaycrm.expense.ApprovalDecision.TRANSFER);
            assertThat(step.getTransferTo()).isEqualTo("servicemgr1");
        });
        assertThat(task(approval.getProcessInstanceId()).getAssignee()).as("the same level, now Sun Hao's")
                .isEqualTo("servicemgr1");
    }

    @Test
    void aStepsRefusalNamesTheFieldInWordsOnceAndLeavesCompleteFree() {
        // what only the step can check: the loan has no line 9
        var loan = loans.request(customers.customerByCode("CUST-0001").orElseThrow(), LocalDate.now());
        var process = loans.approveAndShip(loan);
        Task followUp = loans.task(process, "FollowUpLoan");
        for (String language : new String[] {null, "zh-CN"}) {
            start(language);
            tasklist.logIn("sales1");
            tasklist.openTaskByLink(followUp.getId());
            tasklist.waitForFormField("What happened / 发生了什么");
            tasklist.chooseRadio("What happened / 发生了什么", "Items returned / 归还的物品");
            tasklist.type("Items to return or convert / 要归还或转换的物品", "9");
            // pressed twice, as a person does when nothing seems to happen: one notice, the newest
            tasklist.clickComplete();
            WebElement first = onlyNotice(Tasklist.NOTIFICATIONS, "has no item 9");
            tasklist.clickComplete();
            browser.waiting().until(ExpectedConditions.stalenessOf(first));
            WebElement notice = onlyNotice(Tasklist.NOTIFICATIONS, "has no item 9");
            shot("loan-follow-up-refused", language);
            assertThat(notice.getText()).contains("Items to return or convert / 要归还或转换的物品: loan "
                    + loan.getLoanNumber() + " has no item 9 / 借出单 " + loan.getLoanNumber() + " 没有第 9 行物品")
                    .doesNotContain("ENGINE-", "settleItems", "JavaDelegate", "Exception");
            assertThat(notice.findElement(By.cssSelector(".status")).getText()).isEqualTo(
                    language == null ? "An error happened while submitting the task form" : "提交任务表单时出错");
            assertFree(browser.driver().findElement(Tasklist.COMPLETE), notice);
            browser.close();
            browser = null;
        }
        assertThat(taskService.createTaskQuery().taskId(followUp.getId()).count()).as("still open").isOne();
    }

    @Test
    void aRefusedStartFormShowsOneNoticeInChineseAboveTheFormNotOverStart() {
        start("zh-CN");
        tasklist.logIn("sales1");
        startList();
        pickStart("Request a loan / 借出申请");
        tasklist.waitForFormField("Customer / 客户");
        tasklist.chooseOption("Customer / 客户", HUAXIN);
        String purpose = "Refused twice " + System.nanoTime();
        tasklist.typeAll(Map.of("Purpose / 借出目的", purpose, "Product / 产品", "Demo printer",
                "Quantity / 数量", "1", "Unit price (CNY) / 单价（元）", "1000"));
        // form-js's date picker in a Chinese Tasklist: year first
        assertThat(tasklist.formInput(SHIP).getDomAttribute("placeholder")).isEqualTo("yyyy/mm/dd");
        // the feedback expected before the shipment: only the step can tell
        typeDate(SHIP, 30);
        typeDate("Expected feedback date / 预计反馈日期", 10);
        typeDate("Expected return date / 预计归还日期", 60);
        By start = By.cssSelector(".modal button[ng-click='startProcessInstance()']");
        By modalNotices = By.cssSelector(".modal-body > [notifications-panel]");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(start)).click();
        WebElement first = onlyNotice(modalNotices, "不能早于预计发货日期");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(start)).click();
        // the second refusal replaces the first: one notice, and nothing stored
        browser.waiting().until(ExpectedConditions.stalenessOf(first));
        WebElement notice = onlyNotice(modalNotices, "不能早于预计发货日期");
        shot("loan-request-start-refused", "zh-CN");
        assertThat(notice.findElement(By.cssSelector(".status")).getText()).isEqualTo("无法启动流程");
        assertThat(notice.findElement(By.cssSelector(".message")).getText()).isEqualTo(
                "Expected feedback date / 预计反馈日期 must not be before the expected ship date / 不能早于预计发货日期");
        assertThat(notice.isDisplayed()).as("in sight at the top of the scrolled dialog").isTrue();
        assertThat(notice.getRect().getY()).as("in the window").isBetween(0, 1000);
        assertFree(browser.driver().findElement(start), notice);
        assertThat(jdbc.queryForObject("select count(*) from loan where purpose = ?", Integer.class, purpose))
                .isZero();
    }

    private static final String SHIP = "Expected ship date / 预计发货日期";

    /** Types a date as the person's date picker shows it, days from today. */
    private void typeDate(String label, int days) {
        String text = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return new Intl.DateTimeFormat('default').format(new Date(Date.now() + arguments[0] * 864e5))", days);
        WebElement input = tasklist.formInput(label);
        input.sendKeys(text, Keys.TAB);
        browser.waiting().until(d -> text.equals(tasklist.formInput(label).getDomProperty("value")));
    }

    /** Waits until the panel shows exactly one error notice, with the text, and returns it. */
    private WebElement onlyNotice(By panel, String text) {
        new WebDriverWait(browser.driver(), Browser.WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> errorNotices(panel).size() == 1
                && errorNotices(panel).get(0).getText().contains(text));
        return errorNotices(panel).get(0);
    }

    /** The error notices a notifications panel shows. */
    private List<WebElement> errorNotices(By panel) {
        return browser.driver().findElements(panel).stream()
                .flatMap(p -> p.findElements(By.cssSelector(".alert-danger")).stream())
                .filter(WebElement::isDisplayed).toList();
    }

    /** The button is not covered by the notice: their rectangles do not meet and a click at its middle reaches it. */
    private void assertFree(WebElement button, WebElement notice) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        Rectangle b = button.getRect();
        Rectangle n = notice.getRect();
        boolean overlap = b.getX() < n.getX() + n.getWidth() && n.getX() < b.getX() + b.getWidth()
                && b.getY() < n.getY() + n.getHeight() && n.getY() < b.getY() + b.getHeight();
        assertThat(overlap).as("notice %s over button %s", n, b).isFalse();
        Object hit = ((JavascriptExecutor) browser.driver()).executeScript("const r = arguments[0]"
                + ".getBoundingClientRect(); const e = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                + " return e === arguments[0] || arguments[0].contains(e);", button);
        assertThat(hit).as("a click on the button reaches it").isEqualTo(true);
    }

    /** The Chinese the custom script gives form-js's messages, asked of the module Tasklist loaded. */
    private List<String> chineseOfFormJsMessages() {
        Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript("const done = arguments[0];"
                + " import('/camunda/app/tasklist/scripts/relay-form-texts.js?bust=7.24.0').then(m => done(["
                + "'Field must have minimum length of 3.', 'Field must have maximum length of 200.',"
                + " 'Field must have minimum value of 1.', 'Field must have maximum value of 10000.',"
                + " 'Field must match pattern [A-Z]{3}.', 'Field must be a valid email.',"
                + " 'Field must be a valid  international phone number. (e.g. +4930664040900)',"
                + " 'Value is not a number.', 'Value is expected to be an integer.',"
                + " 'Value is expected to have at most 2 decimal digits.',"
                + " 'Please select a valid value, the two nearest valid values are 0.5 and 1.',"
                + " 'Date and time must both be entered.'].map(m.chineseOf)), e => done(String(e)))");
        assertThat(answer).as("the module's answer").isInstanceOf(List.class);
        return ((List<?>) answer).stream().map(String::valueOf).toList();
    }

    private static final String REASON = "Why the request is rejected / 驳回原因";
    private static final String TRANSFER = "Transfer to / 转签给";

    /** A travel request of sales1 waiting for the sales managers' approval. */
    private Task expenseApproval(String amount) {
        var request = expenses.submit(new com.relaycrm.expense.ExpenseCommands.NewExpense("SALES-N",
                com.relaycrm.expense.ExpenseType.TRAVEL, new BigDecimal(amount), null, "Train to the customer",
                null, null), new Viewer("sales1", List.of("sales")));
        String processInstanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey("expense-approval")
                .processInstanceBusinessKey(request.getRequestNumber()).singleResult().getId();
        runJobs(processInstanceId);
        return task(processInstanceId);
    }

    private long requestOf(Task approval) {
        return ((Number) runtimeService.getVariable(approval.getProcessInstanceId(), "expenseRequestId")).longValue();
    }

    private List<String> labels() {
        return browser.driver().findElements(By.cssSelector("form.fjs-form label.fjs-form-field-label")).stream()
                .filter(WebElement::isDisplayed).map(label -> label.getText().trim()).toList();
    }

    // ---------------------------------------------------------------------------------------------------------

    private List<String> startList() {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(START_PROCESS)).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(START_LIST_ITEMS));
        return browser.driver().findElements(START_LIST_ITEMS).stream().map(a -> a.getText().trim()).toList();
    }

    private void pickStart(String name) {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'modal')]//ul[contains(@class,'processes')]//a[normalize-space(.)='"
                        + name + "']"))).click();
    }

    private void pickAnotherStart(String name, String field, String screenshot, String language) {
        browser.driver().get(tasklist.url());
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(Tasklist.TASK_LIST_LOADED));
        startList();
        pickStart(name);
        tasklist.waitForFormField(field);
        shot(screenshot, language);
    }

    private Task task(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    private void runJobs(String processInstanceId) {
        var management = org.camunda.bpm.engine.ProcessEngines.getDefaultProcessEngine().getManagementService();
        management.createJobQuery().processInstanceId(processInstanceId).executable().list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    private void start(String language) {
        browser = Browser.start(profiles.resolve(language == null ? "en" + System.nanoTime()
                : language + System.nanoTime()), language);
        tasklist = new Tasklist(browser, port);
    }

    /** Keeps what the browser shows as target/tasklist-forms/{name}-{en|zh-CN}.png. */
    private void shot(String name, String language) {
        keep(browser, name, language);
    }

    /** target/tasklist-forms/{name}-{en|zh-CN}.png, where a reviewer finds each form in both languages. */
    static void keep(Browser browser, String name, String language) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(name + "-" + (language == null ? "en" : language) + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
