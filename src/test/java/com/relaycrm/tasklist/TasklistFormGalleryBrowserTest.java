package com.relaycrm.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.loyalty.LoyaltyCommands.ConsumptionLine;
import com.relaycrm.loyalty.LoyaltyCommands.NewConsumption;
import com.relaycrm.loyalty.LoyaltyCommands.NewRedemption;
import com.relaycrm.loyalty.LoyaltyService;
import com.relaycrm.loyalty.RedemptionService;
import com.relaycrm.loyalty.process.CardSwipeProcess;
import com.relaycrm.loyalty.process.PointsRedemptionProcess;
import com.relaycrm.sales.lead.Lead;
import com.relaycrm.sales.lead.LeadCommands.NewLead;
import com.relaycrm.sales.lead.LeadService;
import com.relaycrm.sales.lead.LeadSource;
import com.relaycrm.sales.lead.process.LeadProcess;
import com.relaycrm.sales.opportunity.Opportunity;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewOpportunity;
import com.relaycrm.sales.opportunity.OpportunityService;
import com.relaycrm.service.RequestType;
import com.relaycrm.service.ServiceRequest;
import com.relaycrm.service.ServiceRequestCommands.NewServiceRequest;
import com.relaycrm.service.ServiceRequestService;
import com.relaycrm.service.process.ServiceRequestProcess.Tasks;
import com.relaycrm.service.process.ServiceRequestProcess.Timers;
import com.relaycrm.service.process.ServiceRequestProcess.Variables;
import com.relaycrm.serviceplan.ServicePlan;
import com.relaycrm.serviceplan.ServicePlanGenerator;
import com.relaycrm.serviceplan.ServicePlanService;
import com.relaycrm.support.Browser;
import com.relaycrm.support.DemoUsers;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.ProcessDriver;
import com.relaycrm.support.RelayIntegrationTest;
import com.relaycrm.support.Tasklist;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every task form of the service, sales and loyalty flows as Tasklist shows it, in English and in Simplified
 * Chinese, for a reviewer: {@code target/tasklist-forms/{form}-{en|zh-CN}.png}. The tasks are brought to where they
 * wait by the engine (as the users who would do the steps before); the browser, signed in as the administrator
 * {@code demo} who may open any task, opens each by its link. For a Chinese browser the task's name and its form
 * read in Chinese too, and the forms show words, not codes (queue, priority, amounts, people).
 */
@RelayIntegrationTest
class TasklistFormGalleryBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "tasklist-forms");

    @TempDir
    Path profiles;

    @LocalServerPort
    int port;

    @Autowired ServiceRequestService serviceRequests;
    @Autowired CustomerService customers;
    @Autowired OpportunityService opportunities;
    @Autowired LeadService leads;
    @Autowired LoyaltyService loyalty;
    @Autowired RedemptionService redemptions;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ProcessDriver driver;
    @Autowired DemoUsers demoUsers;
    @Autowired Fixtures fixtures;
    @Autowired CardSwipeProcess cardSwipes;
    @Autowired ServicePlanGenerator servicePlans;
    @Autowired ServicePlanService planList;

    @BeforeAll
    static void chromiumIsInstalled() throws IOException {
        Browser.requireChromium();
        Files.createDirectories(SCREENSHOTS);
    }

    @Test
    void everyTaskFormOfTheServiceSalesAndLoyaltyFlowsInEnglishAndChinese() {
        Map<String, Task> tasks = new LinkedHashMap<>();
        serviceTasks(tasks);
        servicePlanTask(tasks);
        salesTasks(tasks);
        loyaltyTasks(tasks);

        for (String language : new String[] {null, "zh-CN"}) {
            try (Browser browser = Browser.start(profiles.resolve(language == null ? "en" : language), language)) {
                // tall enough for a whole form in one screenshot
                browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1400, 2800));
                Tasklist tasklist = new Tasklist(browser, port);
                tasklist.logIn("demo");
                tasks.forEach((form, task) -> {
                    tasklist.openTaskByLink(task.getId());
                    browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                            Tasklist.TASK_DETAIL_NAME, task.getName()));
                    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(Tasklist.FORM));
                    browser.waiting().until(d -> d.findElement(Tasklist.FORM).getText().contains(" / "));
                    String shown = browser.driver().findElement(Tasklist.FORM).getText();
                    assertThat(task.getName()).as("name of the task of " + form).matches(".* / .*[\\u4e00-\\u9fff].*");
                    assertThat(shown).as("form " + form).containsPattern("[\\u4e00-\\u9fff]");
                    TasklistFormsBrowserTest.keep(browser, form, language);
                });
                String dispatch = formText(browser, tasklist, tasks.get("service-request-dispatch"));
                assertThat(dispatch).contains("Field service / 上门服务", "High / 高 (70)").doesNotContain("field-service");
                assertThat(formText(browser, tasklist, tasks.get("service-settlement"))).contains("CNY 1,320.00");
                assertThat(formText(browser, tasklist, tasks.get("work-order-acceptance")))
                        .contains("Chen Jing (service1)");
                assertThat(formText(browser, tasklist, tasks.get("points-redemption-approval")))
                        .contains("6,000 points / 6,000 积分");
                assertThat(formText(browser, tasklist, tasks.get("points-redemption-fulfilment")))
                        .contains("Zhao Lei (salesmgr1)");
                assertThat(formText(browser, tasklist, tasks.get("opportunity-approval")))
                        .contains("Li Na (sales1)", "CNY 1,280,000.00");
                assertThat(formText(browser, tasklist, tasks.get("card-swipe-member")))
                        .contains("Standard / 普通会员").containsPattern("\\d{1,3}(,\\d{3})+ points / ")
                        .doesNotContain("STANDARD");
                assertThat(formText(browser, tasklist, tasks.get("member-welcome")))
                        .contains("Standard / 普通会员", "Silver / 银卡会员").containsPattern("\\d{2},\\d{3} points / ")
                        .doesNotContain("SILVER");
                assertThat(formText(browser, tasklist, tasks.get("lead-follow-up")))
                        .contains("Website form / 网站表单").doesNotContain("WEB_FORM");
            }
        }
    }

    private static String formText(Browser browser, Tasklist tasklist, Task task) {
        tasklist.openTaskByLink(task.getId());
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(Tasklist.TASK_DETAIL_NAME,
                task.getName()));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(Tasklist.FORM));
        // form-js draws the values after the labels
        browser.waiting().until(d -> d.findElements(org.openqa.selenium.By.cssSelector("form.fjs-form input"))
                .stream().anyMatch(input -> !input.getDomProperty("value").isEmpty()));
        Object text = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "const form = document.querySelector('form.fjs-form');"
                        + "return form.innerText + '\\n' + Array.from(form.querySelectorAll('input, textarea'))"
                        + ".map(i => i.value).join('\\n');");
        return String.valueOf(text);
    }

    // --- the service request: one request waiting at each of its tasks -----------------------------------------

    private void serviceTasks(Map<String, Task> tasks) {
        ProcessInstance dispatch = triaged(inWarranty());
        tasks.put("service-request-dispatch", driver.task(dispatch, Tasks.DISPATCH));

        ProcessInstance acceptance = triaged(inWarranty());
        dispatch(acceptance);
        tasks.put("work-order-acceptance", driver.task(acceptance, Tasks.ACCEPT));

        ProcessInstance repair = repairing(inWarranty());
        tasks.put("work-order-report", driver.task(repair, Tasks.REPAIR));
        driver.fireTimer(repair, Timers.RESOLUTION_OVERDUE);
        tasks.put("sla-escalation", driver.task(repair, Tasks.HANDLE_RESOLUTION_ESCALATION));

        Customer company = fixtures.company();
        ProcessInstance settlement = repairing(serviceRequests.open(new NewServiceRequest(company.getId(),
                fixtures.assetOutOfWarranty(company).getId(), RequestType.REPAIR, "Fuser worn out",
                "Prints smear after 5,000 pages."), Fixtures.SERVICE1));
        report(settlement, "[{\"partNumber\": \"P-200\", \"description\": \"Fuser unit\", \"quantity\": 1, "
                + "\"unitPrice\": 1200.00, \"oldPartSerial\": \"FU-1\"}]", "FIXED");
        tasks.put("service-settlement", driver.task(settlement, Tasks.SETTLE));

        ProcessInstance factory = reported("FACTORY_REPAIR");
        tasks.put("factory-repair-receipt", driver.task(factory, Tasks.RECEIVE_PART));

        ProcessInstance factoryReturn = reported("FACTORY_REPAIR");
        driver.complete(factoryReturn, Tasks.RECEIVE_PART, "warehouse1", Map.of(Variables.FACTORY_REFERENCE,
                "RMA-2026-118", Variables.RECEIPT_NOTE, "Arrived in its box"));
        tasks.put("factory-repair-return", driver.task(factoryReturn, Tasks.RETURN_PART));

        ProcessInstance visit = reported("FIXED");
        tasks.put("return-visit-survey", driver.task(visit, Tasks.RETURN_VISIT));

        ProcessInstance followUp = reported("FIXED");
        driver.complete(followUp, Tasks.RETURN_VISIT, "service1", Map.of(Variables.SATISFACTION_SCORE, "1",
                Variables.PROBLEM_SOLVED, "NO", Variables.ENGINEER_ON_TIME, "YES", Variables.SURVEY_COMMENT,
                "Still jams"));
        tasks.put("return-visit-follow-up", driver.task(followUp, Tasks.FOLLOW_UP));
    }

    /** A printer bought four years ago today: the yearly maintenance plan is due. */
    private void servicePlanTask(Map<String, Task> tasks) {
        Customer customer = fixtures.company();
        fixtures.assetOutOfWarranty(customer);
        servicePlans.generate(LocalDate.now());
        List<ServicePlan> plans = planList.ofCustomer(customer.getId(), Fixtures.ADMIN);
        assertThat(plans).as("plans of " + customer.getCode()).isNotEmpty();
        tasks.put("service-plan-execution", single(plans.get(0).getProcessInstanceId()));
    }

    private ServiceRequest inWarranty() {
        Customer huaxin = customers.customerByCode("CUST-0001").orElseThrow();
        return serviceRequests.open(new NewServiceRequest(huaxin.getId(),
                customers.assetBySerial("IP500-2025-0001").orElseThrow().getId(), RequestType.REPAIR,
                "Printer head jams after 20 pages", "Cleaned twice already."), Fixtures.SERVICE1);
    }

    /** A request in warranty that engineer1 reported (no parts): FIXED or FACTORY_REPAIR. */
    private ProcessInstance reported(String outcome) {
        ProcessInstance process = repairing(inWarranty());
        report(process, "", outcome);
        return process;
    }

    /** Triaged, dispatched to engineer1 and accepted: waiting at "Repair and report". */
    private ProcessInstance repairing(ServiceRequest request) {
        ProcessInstance process = triaged(request);
        dispatch(process);
        accept(process);
        return process;
    }

    private ProcessInstance triaged(ServiceRequest request) {
        ProcessInstance process = runtimeService.createProcessInstanceQuery()
                .processInstanceId(request.getProcessInstanceId()).singleResult();
        driver.runJobs(process);
        return process;
    }

    private void dispatch(ProcessInstance process) {
        driver.complete(process, Tasks.DISPATCH, "service1", Map.of(Variables.ENGINEER_ID, "engineer1",
                Variables.DISPATCH_NOTE, "Customer on site 9-17"));
    }

    private void accept(ProcessInstance process) {
        driver.complete(process, Tasks.ACCEPT, "engineer1", Map.of(Variables.ENGINEER_DECISION, "ACCEPT"));
    }

    private void report(ProcessInstance process, String parts, String outcome) {
        Map<String, Object> variables = new HashMap<>(Map.of(Variables.LABOUR_HOURS, 1.5, Variables.PAID_LABOUR,
                false, Variables.REPAIR_OUTCOME, outcome, Variables.REPAIR_RESULT, "Replaced and tested"));
        variables.put(Variables.PARTS_USED, parts);
        driver.complete(process, Tasks.REPAIR, "engineer1", variables);
    }

    // --- sales: a web lead to follow up, an opportunity leaving the internal review -----------------------------

    private void salesTasks(Map<String, Task> tasks) {
        long unique = System.nanoTime() % 10_000;
        Lead lead = leads.create(new NewLead("Wang Fang " + unique, "Huaxin Technology", LeadSource.WEB_FORM,
                "139-0000-" + String.format("%04d", unique), null, "SALES-N", null, "Wants a quote for 20 printers."),
                Fixtures.ADMIN);
        Task followUp = single(lead.getProcessInstanceId());
        assertThat(followUp.getTaskDefinitionKey()).isEqualTo(LeadProcess.Tasks.FOLLOW_UP);
        tasks.put("lead-follow-up", followUp);

        // nobody followed the next ones up in time: back to the department pool, and one on to the public pool
        tasks.put("lead-pool-assign", single(inDepartmentPool(new NewLead("Zhao Min " + unique, "Minghua Trading",
                LeadSource.EVENT, "139-1111-" + String.format("%04d", unique), null, "SALES-N", null,
                "Met at the Shanghai fair.")).getId()));
        ProcessInstance released = inDepartmentPool(new NewLead("Sun Li " + unique, "Dongfang Print",
                LeadSource.PHONE, "139-2222-" + String.format("%04d", unique), null, "SALES-N", null, null));
        driver.fireTimer(released, LeadProcess.Timers.POOL_PERIOD_OVER);
        tasks.put("lead-claim", single(released.getId()));

        Viewer sales1 = new Viewer("sales1", List.of("sales"));
        Opportunity opportunity = opportunities.open(new NewOpportunity(
                customers.customerByCode("CUST-0001").orElseThrow().getId(), "Printers for the new office",
                new BigDecimal("1280000.00"), LocalDate.now().plusMonths(2)), sales1);
        for (int stage = 0; stage < 5; stage++) {
            Task promotion = single(opportunity.getProcessInstanceId());
            Map<String, Object> advance = new HashMap<>(Map.of("promotion", "ADVANCE", "milestonesMet", true));
            demoUsers.actAs("sales1", () -> taskService.complete(promotion.getId(), advance));
        }
        Task approval = single(opportunity.getProcessInstanceId());
        assertThat(approval.getTaskDefinitionKey()).isEqualTo("ApprovePromotion");
        tasks.put("opportunity-approval", approval);
    }

    private ProcessInstance inDepartmentPool(NewLead newLead) {
        Lead lead = leads.create(newLead, Fixtures.ADMIN);
        ProcessInstance process = runtimeService.createProcessInstanceQuery()
                .processInstanceId(lead.getProcessInstanceId()).singleResult();
        if (single(process.getId()).getTaskDefinitionKey().equals(LeadProcess.Tasks.FOLLOW_UP)) {
            driver.fireTimer(process, LeadProcess.Timers.FOLLOW_UP_OVERDUE);
        }
        assertThat(single(process.getId()).getTaskDefinitionKey())
                .isEqualTo(LeadProcess.Tasks.ASSIGN_FROM_DEPARTMENT_POOL);
        return process;
    }

    // --- loyalty: a welcome after an upgrade, a large redemption to approve and one to hand over ---------------

    private void loyaltyTasks(Map<String, Task> tasks) {
        Customer upgraded = fixtures.customer(MemberTier.STANDARD, "sales1");
        var result = consume(upgraded, "19500.00", "COMPUTER");
        tasks.put("member-welcome", single(result.processInstanceId()));

        Customer member = fixtures.customer(MemberTier.STANDARD);
        consume(member, "12000.00", "OTHER");
        long frame = System.nanoTime();
        tasks.put("card-swipe-member", single(cardSwipes.start(frame, "POS-01", member.getCardNumber(),
                Instant.now())));
        tasks.put("member-registration", single(cardSwipes.start(frame + 1, "POS-01",
                "NEW" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), Instant.now())));
        var approve = redemptions.request(new NewRedemption(member.getId(), "Thermos flask", 6000L), Fixtures.SERVICE1);
        tasks.put("points-redemption-approval", single(process(approve.getId())));

        var handOver = redemptions.request(new NewRedemption(member.getId(), "Umbrella", 5500L), Fixtures.SERVICE1);
        Task approval = single(process(handOver.getId()));
        driver.complete(approval, "salesmgr1", Map.of(PointsRedemptionProcess.Variables.REDEMPTION_APPROVED, "YES"));
        tasks.put("points-redemption-fulfilment", single(process(handOver.getId())));
    }

    private LoyaltyService.ConsumptionResult consume(Customer member, String amount, String category) {
        return loyalty.consume(new NewConsumption(member.getId(), null, "POS",
                "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(),
                new BigDecimal(amount), Instant.parse("2026-06-15T10:00:00Z"),
                List.of(new ConsumptionLine(category, new BigDecimal(amount)))), Fixtures.ADMIN);
    }

    private String process(long redemptionId) {
        return runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(PointsRedemptionProcess.businessKey(redemptionId)).singleResult().getId();
    }

    private Task single(String processInstanceId) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        assertThat(task).as("the task of " + processInstanceId).isNotNull();
        return task;
    }
}
