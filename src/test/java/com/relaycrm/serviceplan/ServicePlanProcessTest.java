package com.relaycrm.serviceplan;

import com.relaycrm.common.Viewer;
import com.relaycrm.common.Timeline;
import com.relaycrm.customer.CustomerRecords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaycrm.customer.Asset;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerCommands.NewCustomer;
import com.relaycrm.customer.CustomerContact;
import com.relaycrm.customer.CustomerKind;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.loan.Loan;
import com.relaycrm.loan.LoanTestSupport;
import com.relaycrm.sales.opportunity.SalesOrder;
import com.relaycrm.sales.opportunity.SalesOrders;
import com.relaycrm.support.Api;
import com.relaycrm.support.DemoUsers;
import com.relaycrm.support.Fixtures;
import com.relaycrm.service.process.ServiceRequestProcess;
import com.relaycrm.serviceplan.process.ServicePlanGenerationProcess;
import com.relaycrm.serviceplan.process.ServicePlanProcess.Tasks;
import com.relaycrm.serviceplan.process.ServicePlanProcess.Timers;
import com.relaycrm.serviceplan.process.ServicePlanProcess.Variables;
import com.relaycrm.support.ProcessDriver;
import com.relaycrm.support.RelayProcessTest;
import com.relaycrm.support.TestMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Proactive service plans: generation from each template kind (follow-up after a loan converted to a sale, yearly
 * maintenance of an asset type, member birthday care) without duplicates when run twice, by the scheduled process
 * and on demand; a plan carried out as a call or turned into a work order; the reminder; the birthday greeting with
 * the contact recorded in the customer's history.
 */
@RelayProcessTest
class ServicePlanProcessTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.smtp());

    @Autowired ProcessDriver driver;
    @Autowired SalesOrders orders;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ServicePlanGenerator generator;
    @Autowired ServicePlanService plans;
    @Autowired ServicePlanRepository planRows;
    @Autowired CustomerService customers;
    @Autowired CustomerRecords records;
    @Autowired Fixtures fixtures;
    @Autowired LoanTestSupport loans;
    @Autowired DemoUsers users;
    @Autowired Api api;
    @Autowired JdbcTemplate jdbc;

    @Test
    void yearlyMaintenanceIsPlannedOnThePurchaseAnniversaryOnceHoweverOftenTheBatchRuns() {
        Customer customer = fixtures.company();
        Asset printer = fixtures.assetOutOfWarranty(customer); // bought four years ago today
        LocalDate today = LocalDate.now();

        ServicePlanGenerator.Result first = generator.generate(today);
        ServicePlan plan = planOf(customer);
        assertThat(first.created()).extracting(ServicePlan::getId).contains(plan.getId());
        assertThat(plan.getPlanKey()).isEqualTo("PRINTER-YEARLY:ASSET-" + printer.getId() + ":" + today);
        assertThat(plan.getTemplateKind()).isEqualTo(PlanKind.MAINTENANCE);
        assertThat(plan.getAssetId()).isEqualTo(printer.getId());
        assertThat(plan.getDueDate()).isEqualTo(today);
        assertThat(plan.getCandidateGroup()).isEqualTo("service");
        ProcessInstance process = process(plan);
        assertThat(process).isWaitingAt(Tasks.CARRY_OUT);
        assertThat(task(process)).hasCandidateGroup("service");

        ServicePlanGenerator.Result second = generator.generate(today);
        assertThat(second.created()).extracting(ServicePlan::getId).doesNotContain(plan.getId());
        assertThat(second.alreadyPlanned()).isPositive();
        assertThat(planRows.findByCustomerIdOrderById(customer.getId())).hasSize(1);
    }

    @Test
    void aPlanTurnedIntoAWorkOrderOpensAServiceRequestOnTheServiceFlow() {
        Customer customer = fixtures.company();
        Asset printer = fixtures.assetOutOfWarranty(customer);
        generator.generate(LocalDate.now());
        ServicePlan plan = planOf(customer);
        ProcessInstance process = process(plan);

        complete(process, "service1", Map.of(Variables.PLAN_OUTCOME, "WORK_ORDER", Variables.PLAN_RESULT,
                "Toner unit worn, visit needed"));

        assertThat(process).isEnded().hasPassed("RecordPlanOutcome", "PlanCarriedOut");
        ServicePlan done = plans.plan(plan.getId());
        assertThat(done.getStatus()).isEqualTo(PlanStatus.CONVERTED);
        assertThat(done.getDoneBy()).isEqualTo("service1");
        Map<String, Object> request = jdbc.queryForMap("select customer_id, asset_id, request_number from service_request "
                + "where id = ?", done.getServiceRequestId());
        assertThat(((Number) request.get("asset_id")).longValue()).isEqualTo(printer.getId());
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ServiceRequestProcess.KEY)
                .processInstanceBusinessKey((String) request.get("request_number")).count()).isEqualTo(1);
    }

    @Test
    void aGeneratedPlanAndItsOpenVisitShowOnTheCustomersPageForTheDeskButNotForTheOwningRep() {
        Customer customer = fixtures.customer(MemberTier.NONE, "sales1");
        fixtures.assetOutOfWarranty(customer);
        generator.generate(LocalDate.now());
        ServicePlan plan = planOf(customer);
        Viewer desk = new Viewer("service1", List.of("service"));

        List<Timeline.Entry> entries = records.timeline(customer.getCode(), desk, Timeline.Cursor.START, 50).entries();
        assertThat(entries).filteredOn(e -> e.kind().equals("service-plan")).singleElement()
                .satisfies(e -> assertThat(e.id()).isEqualTo(plan.getId()))
                .satisfies(e -> assertThat(e.title()).isEqualTo(plan.getSubject()));
        assertThat(records.record(customer.getCode(), desk).openTasks())
                .extracting(t -> t.task().id()).containsExactly(task(process(plan)).getId());
        Viewer owner = new Viewer("sales1", List.of("sales"));
        assertThat(records.timeline(customer.getCode(), owner, Timeline.Cursor.START, 50).entries())
                .noneMatch(e -> e.kind().equals("service-plan"));
        assertThat(records.record(customer.getCode(), owner).openTasks()).isEmpty();
        // the next page, after the plan's entry, holds none of the customer's plans; nor does a viewer in no group
        Timeline.Entry entry = entries.stream().filter(e -> e.kind().equals("service-plan")).findFirst().orElseThrow();
        assertThat(records.timeline(customer.getCode(), desk, new Timeline.Cursor(entry.at(), entry.kind(),
                entry.id()), 50).entries()).noneMatch(e -> e.kind().equals("service-plan"));
        assertThat(plans.ofCustomerBefore(customer.getId(), new Viewer("service1", List.of()),
                Timeline.Cursor.START.at(), Long.MAX_VALUE, 50)).isEmpty();
    }

    @Test
    void aCallIsRecordedWithItsResultInTheCustomersHistoryAndTheReminderIsEmailed() throws Exception {
        Customer customer = fixtures.company();
        fixtures.assetOutOfWarranty(customer);
        generator.generate(LocalDate.now());
        ServicePlan plan = planOf(customer);
        ProcessInstance process = process(plan);

        Job reminder = driver.timer(process, Timers.REMINDER_DUE);
        assertThat(reminder.getDuedate()).isBefore(task(process).getDueDate());
        driver.fireTimer(process, Timers.REMINDER_DUE);
        assertThat(process).isWaitingAt(Tasks.CARRY_OUT).hasPassed("SendPlanReminder");
        assertThat(GREEN_MAIL.getReceivedMessages()).anySatisfy(m -> {
            assertThat(m.getSubject()).contains("Service plan due", plan.getSubject());
            assertThat(m.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("service1@relaycrm.example.com");
        });

        complete(process, "service1",
                Map.of(Variables.PLAN_OUTCOME, "CALLED", Variables.PLAN_RESULT, "Runs fine, no visit needed"));

        assertThat(process).isEnded();
        ServicePlan done = plans.plan(plan.getId());
        assertThat(done.getStatus()).isEqualTo(PlanStatus.DONE);
        assertThat(done.getResult()).isEqualTo("Runs fine, no visit needed");
        assertThat(customers.contactHistory(customer.getId())).singleElement().satisfies(c -> {
            assertThat(c.getChannel()).isEqualTo("CALL");
            assertThat(c.getNote()).isEqualTo("Runs fine, no visit needed");
            assertThat(c.getRecordedBy()).isEqualTo("service1");
        });
    }

    @Test
    void birthdayCareEmailsTheMemberAGreetingAndRecordsTheContact() throws Exception {
        String code = "B-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String email = code.toLowerCase() + "@example.com";
        Customer member = customers.create(new NewCustomer(code, "Member " + code, CustomerKind.INDIVIDUAL,
                MemberTier.GOLD, "CARD" + code, null, null, null, null, email, null, "sales1"), Fixtures.ADMIN);
        LocalDate birthday = LocalDate.now().plusDays(3);
        customers.recordBirthDate(member.getId(), birthday.minusYears(30));

        generator.generate(LocalDate.now());
        generator.generate(LocalDate.now());
        ServicePlan plan = planOf(member);
        assertThat(plan.getTemplateKind()).isEqualTo(PlanKind.BIRTHDAY);
        assertThat(plan.getDueDate()).isEqualTo(birthday);
        assertThat(planRows.findByCustomerIdOrderById(member.getId())).hasSize(1);
        ProcessInstance process = process(plan);
        assertThat(process).isWaitingAt(Timers.BIRTHDAY_DUE);

        driver.fireTimer(process, Timers.BIRTHDAY_DUE);

        assertThat(process).isEnded().hasPassed("SendBirthdayGreeting", "Greeted");
        MimeMessage greeting = GREEN_MAIL.getReceivedMessages()[0];
        assertThat(greeting.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(email);
        assertThat(greeting.getSubject()).contains("Happy birthday");
        assertThat(plans.plan(plan.getId()).getStatus()).isEqualTo(PlanStatus.DONE);
        List<CustomerContact> history = customers.contactHistory(member.getId());
        assertThat(history).singleElement().satisfies(c -> {
            assertThat(c.getChannel()).isEqualTo("EMAIL");
            assertThat(c.getSourceReference()).isEqualTo("SP-" + plan.getId());
        });
    }

    @Test
    void aFollowUpVisitIsPlannedAfterAnOrderForTheOwner() {
        Customer customer = fixtures.company();
        Loan loan = loans.requestCatalogueProduct(customer, LocalDate.now());
        ProcessInstance loanProcess = loans.approveAndShip(loan);
        loans.complete(loanProcess, "FollowUpLoan", "sales1", Map.of("followUpAction", "CONVERT", "conversionType", "SALE"));
        loans.complete(loanProcess, "ReviewConversion", "salesmgr1", Map.of("conversionApproved", "YES"));

        generator.generate(LocalDate.now());
        generator.generate(LocalDate.now());

        ServicePlan plan = planOf(customer);
        assertThat(planRows.findByCustomerIdOrderById(customer.getId())).hasSize(1);
        assertThat(plan.getTemplateKind()).isEqualTo(PlanKind.FOLLOW_UP);
        assertThat(plan.getDueDate()).isEqualTo(LocalDate.now().plusDays(7));
        SalesOrder order = orders.createdSince(Instant.now().minusSeconds(3600)).stream()
                .filter(o -> o.getCustomerId().equals(customer.getId())).findFirst().orElseThrow();
        assertThat(plan.getSourceReference()).isEqualTo("ORDER-" + order.getId());
        assertThat(task(process(plan))).isAssignedTo("sales1");
    }

    @Test
    void theScheduledRunAndAManagerOnDemandGenerateTheSamePlansOnce() {
        Customer customer = fixtures.company();
        fixtures.assetOutOfWarranty(customer);
        driver.fireStartTimer(ServicePlanGenerationProcess.KEY, ServicePlanGenerationProcess.Timers.GENERATION_DUE);
        assertThat(planRows.findByCustomerIdOrderById(customer.getId())).hasSize(1);

        var response = api.post("servicemgr1", "/api/service-plans/generate", "");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(planRows.findByCustomerIdOrderById(customer.getId())).hasSize(1);
        assertThat(api.post("sales1", "/api/service-plans/generate", "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post(null, "/api/service-plans/generate", "").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        long id = planOf(customer).getId();
        assertThat(api.getJson("service1", "/api/service-plans/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.getJson("engineer1", "/api/service-plans/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(users.actAs("sales1", () -> taskService.createTaskQuery()
                .processInstanceId(planOf(customer).getProcessInstanceId()).count())).isZero();
    }

    private ServicePlan planOf(Customer customer) {
        List<ServicePlan> found = planRows.findByCustomerIdOrderById(customer.getId());
        assertThat(found).as("plans of " + customer.getCode()).isNotEmpty();
        return found.get(0);
    }

    private ProcessInstance process(ServicePlan plan) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(plan.getProcessInstanceId()).singleResult();
    }

    private Task task(ProcessInstance process) {
        return driver.task(process, Tasks.CARRY_OUT);
    }

    private void complete(ProcessInstance process, String user, Map<String, Object> variables) {
        driver.complete(process, Tasks.CARRY_OUT, user, variables);
    }
}
