package com.relaycrm.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.service.PartUsage;
import com.relaycrm.service.RequestType;
import com.relaycrm.service.ServiceRequest;
import com.relaycrm.service.ServiceRequestCommands.NewServiceRequest;
import com.relaycrm.service.ServiceRequestQueries;
import com.relaycrm.service.ServiceRequestQueries.ServiceRequestDetails;
import com.relaycrm.service.ServiceRequestService;
import com.relaycrm.support.Browser;
import com.relaycrm.support.EngineRestAttacks;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.ProcessDriver;
import com.relaycrm.support.RelayIntegrationTest;
import com.relaycrm.support.Tasklist;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engineer lists the parts of a repair as a table in Tasklist (the report form's dynamic list): two rows added
 * with "Add new", filled in and completed in a real headless Chromium, in English and in Chinese; the parts are
 * stored, priced into the settlement, and shown back on the settlement form. Screenshots go to
 * target/screenshots/parts-*.png.
 */
@RelayIntegrationTest
class PartsTableBrowserTest {

    private static final String PARTS = "Parts used / 使用的配件";

    @TempDir
    Path profiles;

    @LocalServerPort
    int port;

    @Autowired ServiceRequestService desk;
    @Autowired ServiceRequestQueries queries;
    @Autowired Fixtures fixtures;
    @Autowired ProcessDriver driver;
    @Autowired EngineRestAttacks engine;
    @Autowired TaskService taskService;

    private Browser browser;
    private Tasklist tasklist;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.screenshot("parts-last");
            browser.close();
        }
    }

    @Test
    void anEngineerAddsTwoPartRowsInEnglish() {
        reportTwoPartsAndSeeThemOnTheSettlement(null, "en");
    }

    @Test
    void anEngineerAddsTwoPartRowsInChinese() {
        reportTwoPartsAndSeeThemOnTheSettlement("zh-CN", "zh-CN");
    }

    private void reportTwoPartsAndSeeThemOnTheSettlement(String language, String name) {
        ServiceRequest request = acceptedByEngineer1();
        Task report = task(request, "RepairAndReport");
        browser = Browser.start(profiles.resolve(name), language);
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1400, 2000));
        tasklist = new Tasklist(browser, port);

        tasklist.openSignIn();
        tasklist.logIn("engineer1");
        open(report);
        tasklist.waitForFormField("Labour hours / 工时（小时）");
        assertThat(tasklist.listRows(PARTS)).as("the table opens without rows").isZero();
        // form-js's own button, in the Tasklist's language (scripts/relay-form-texts.js)
        assertThat(browser.driver().findElement(By.cssSelector("button.fjs-repeat-render-add")).getText().trim())
                .isEqualTo("zh-CN".equals(language) ? "添加一行" : "Add new");
        // the choice first: a click re-renders the form, which can drop text typed just before it
        tasklist.chooseRadio("Fixed on site / 现场修复");
        tasklist.addListRow(PARTS);
        tasklist.addListRow(PARTS);
        assertThat(tasklist.listRows(PARTS)).isEqualTo(2);
        fillReport();
        // the unit price is money: the form shows the currency next to it, in every row
        assertThat(browser.driver().findElements(By.xpath("//div[contains(@class,'fjs-repeat-row-container')]"
                + "//span[contains(@class,'fjs-input-adornment-text')]")).stream().map(WebElement::getText).toList())
                .containsExactly("CNY", "CNY");
        browser.screenshot("parts-table-" + name);
        try {
            tasklist.complete(report.getId());
        } catch (AssertionError stillOpen) {
            // a re-render while Complete was pressed emptied a field: look the form over and press Complete again
            fillReport();
            tasklist.complete(report.getId());
        }
        tasklist.logOut();

        ServiceRequestDetails reported = queries.details(request.getId());
        assertThat(reported.parts()).extracting(PartUsage::getPartNumber, PartUsage::getDescription,
                PartUsage::getQuantity, PartUsage::getOldPartSerial)
                .containsExactlyInAnyOrder(tuple("P-100", "Feed roller", 2, "OLD-R1"),
                        tuple("P-200", "Pickup pad", 1, null));
        assertThat(reported.settlement().getPartsAmount()).as("out of warranty: 2 × 12.50 + 30")
                .isEqualByComparingTo("55.00");
        assertThat(reported.settlement().getTotalAmount()).as("and 1.5 h of labour at 80.00")
                .isEqualByComparingTo("175.00");

        // the service desk sees the parts as stored, with their prices, next to the amount due
        Task settle = task(request, "SettleCharges");
        tasklist.logIn("service1");
        open(settle);
        tasklist.waitForFormField("Payment method / 付款方式");
        assertThat(tasklist.formValue(PARTS)).contains("P-100 Feed roller × 2 at / 单价 CNY 12.50 = CNY 25.00",
                "(old part / 旧件 OLD-R1)", "P-200 Pickup pad × 1 at / 单价 CNY 30.00 = CNY 30.00");
        assertThat(tasklist.formValue("Amount due (parts + labour) / 应收金额（配件 + 工时）")).isEqualTo("CNY 175.00");
        browser.screenshot("parts-settlement-" + name);
    }

    private static final List<Map<String, String>> ROWS = List.of(
            Map.of("Part no. / 配件号", "P-100", "Description / 描述", "Feed roller", "Qty / 数量", "2",
                    "Unit price / 单价", "12.50", "Old part serial / 旧件序列号", "OLD-R1"),
            Map.of("Part no. / 配件号", "P-200", "Description / 描述", "Pickup pad", "Qty / 数量", "1",
                    "Unit price / 单价", "30"));

    private void fillReport() {
        tasklist.typeAllWithRows(PARTS, ROWS, Map.of("Labour hours / 工时（小时）", "1.5",
                "Result / 结果", "Replaced the rollers and the pad"));
    }

    private void open(Task task) {
        tasklist.openTaskByLink(task.getId());
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(Tasklist.TASK_DETAIL_NAME,
                task.getName()));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(Tasklist.FORM));
    }

    private Task task(ServiceRequest request, String activityId) {
        Task task = taskService.createTaskQuery().processInstanceId(request.getProcessInstanceId())
                .taskDefinitionKey(activityId).singleResult();
        assertThat(task).as(activityId).isNotNull();
        return task;
    }

    /** An out-of-warranty repair, dispatched to engineer1, who accepted it: the report is theirs to make. */
    private ServiceRequest acceptedByEngineer1() {
        Customer customer = fixtures.company();
        ServiceRequest request = desk.open(new NewServiceRequest(customer.getId(),
                fixtures.assetOutOfWarranty(customer).getId(), RequestType.REPAIR, "Feeder skips " + System.nanoTime(),
                "Skips every other sheet."), new Viewer("service1", List.of("service")));
        driver.runJobs(request.getProcessInstanceId());
        Task dispatch = task(request, "DispatchWorkOrder");
        engine.handTo(dispatch.getId(), "service1");
        engine.completeAs("service1", dispatch.getId(), Map.of("engineerId", "engineer1"));
        engine.completeAs("engineer1", task(request, "AcceptWorkOrder").getId(), Map.of("engineerDecision", "ACCEPT"));
        return request;
    }
}
