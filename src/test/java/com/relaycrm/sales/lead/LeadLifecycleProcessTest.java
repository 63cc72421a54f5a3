package com.relaycrm.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.Paging;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.sales.SalesFixtures;
import com.relaycrm.sales.capacity.CapacityService;
import com.relaycrm.sales.capacity.ResourceType;
import com.relaycrm.sales.lead.LeadCommands.NewLead;
import com.relaycrm.sales.lead.internal.LeadActivityRepository;
import com.relaycrm.sales.lead.internal.LeadRules;
import com.relaycrm.sales.opportunity.OpportunityService;
import com.relaycrm.support.DemoUsers;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.ProcessDriver;
import com.relaycrm.support.RelayProcessTest;
import com.relaycrm.support.TaskForms;
import com.relaycrm.support.TestMail;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drives {@code processes/lead-lifecycle.bpmn} through every path: assignment by rule, no capacity (department
 * pool and a manager), reminder, recycling to the department and then the public pool, claims, follow-up,
 * conversion, closing as invalid and a manager's recycle, checking the process and the lead, history and holdings.
 */
@RelayProcessTest
class LeadLifecycleProcessTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.smtp());

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FormService formService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired LeadService leads;
    @Autowired LeadActivityRepository activities;
    @Autowired CapacityService capacity;
    @Autowired CustomerService customers;
    @Autowired OpportunityService opportunities;
    @Autowired LeadRules rules;
    @Autowired SalesFixtures sales;
    @Autowired DemoUsers demoUsers;
    @Autowired ProcessDriver driver;

    @AfterEach
    void clearIdentity() {
        identityService.clearAuthentication();
    }

    @Test
    void aLeadGoesToTheLeastLoadedRepOfItsDepartmentWithTheFollowUpPeriodOfTheTable() {
        String department = sales.department();
        String a = sales.rep(department, 5);
        String b = sales.rep(department, 5);
        Lead first = lead(department, LeadSource.WEB_FORM);
        Lead second = lead(department, LeadSource.EVENT);

        assertThat(process(first)).isWaitingAt("FollowUpLead").hasPassed("AssignLead");
        String firstOwner = leads.lead(first.getId(), Fixtures.ADMIN).getOwnerId();
        String secondOwner = leads.lead(second.getId(), Fixtures.ADMIN).getOwnerId();
        assertThat(List.of(firstOwner, secondOwner)).containsExactlyInAnyOrder(a, b);
        assertThat(task(first)).isAssignedTo(firstOwner);
        assertThat(capacity.holding(a, ResourceType.LEAD).held()).isEqualTo(1);
        assertThat(capacity.holding(b, ResourceType.LEAD).held()).isEqualTo(1);

        Lead held = leads.lead(first.getId(), Fixtures.ADMIN);
        assertThat(held.getStatus()).isEqualTo(LeadStatus.ASSIGNED);
        assertThat(held.getPool()).isEqualTo(LeadPool.PERSONAL);
        LeadAlertDecision web = rules.alerts(LeadSource.WEB_FORM);
        Instant due = ((java.util.Date) runtimeService.getVariable(first.getProcessInstanceId(), "followUpDueAt")).toInstant();
        Instant reminder = ((java.util.Date) runtimeService.getVariable(first.getProcessInstanceId(), "reminderAt")).toInstant();
        assertThat(Duration.between(Instant.now(), due)).isBetween(web.getFollowUpWithin().minusMinutes(5), web.getFollowUpWithin());
        assertThat(Duration.between(reminder, due)).isEqualTo(web.getRemindBefore());
        assertThat(task(first).getDueDate().toInstant()).isEqualTo(due);
        assertThat(kinds(first)).containsExactly(ActivityKind.CREATED, ActivityKind.ASSIGNED);
    }

    @Test
    void withoutAFreeRepTheLeadWaitsInTheDepartmentPoolForAManagerWhoAssignsItWithinTheMaximum() {
        String department = sales.department();
        String full = sales.rep(department, 0);
        Lead lead = lead(department, LeadSource.IMPORT);
        ProcessInstance process = process(lead);

        assertThat(process).isWaitingAt("AssignFromDepartmentPool").hasNotPassed("FollowUpLead");
        assertThat(task(lead)).hasCandidateGroup("sales-manager");
        assertThat(leads.lead(lead.getId(), Fixtures.ADMIN).getPool()).isEqualTo(LeadPool.DEPARTMENT);

        assertThatThrownBy(() -> complete(lead, "salesmgr1", Map.of("poolAction", "ASSIGN", "assignTo", full)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 0");
        assertThat(process).isWaitingAt("AssignFromDepartmentPool");
        assertThatThrownBy(() -> complete(lead, "salesmgr1", Map.of("poolAction", "ASSIGN", "assignTo", "service1")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a registered sales rep");

        String free = sales.rep(department, 1);
        leads.assign(lead.getId(), free, new com.relaycrm.common.Viewer("salesmgr1", List.of("sales-manager")));

        assertThat(process).isWaitingAt("FollowUpLead").hasPassed("AssignLeadByManager");
        assertThat(task(lead)).isAssignedTo(free);
        assertThat(leads.lead(lead.getId(), Fixtures.ADMIN).getOwnerId()).isEqualTo(free);
        assertThat(capacity.holding(free, ResourceType.LEAD).held()).isEqualTo(1);
        assertThat(capacity.holding(full, ResourceType.LEAD).held()).isZero();
    }

    @Test
    void aReminderComesBeforeTheDeadlineThenTheLeadIsRecycledToTheDepartmentThenThePublicPoolWhereARepClaimsIt() {
        String department = sales.department();
        String rep = sales.rep(department, 1);
        Lead lead = lead(department, LeadSource.SEARCH);
        ProcessInstance process = process(lead);

        driver.fireTimer(process, "ReminderDue");
        assertThat(process).isWaitingAt("FollowUpLead").hasPassed("RemindLeadOwner", "Reminded");
        assertThat(kinds(lead)).contains(ActivityKind.REMINDER);
        assertThat(GREEN_MAIL.getReceivedMessagesForDomain(rep + "@relaycrm.example.com")).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).startsWith("[Relay CRM] Follow up " + lead.getName()));

        driver.fireTimer(process, "FollowUpOverdue");
        assertThat(process).isWaitingAt("AssignFromDepartmentPool").hasPassed("RecycleLead");
        Lead recycled = leads.lead(lead.getId(), Fixtures.ADMIN);
        assertThat(recycled.getPool()).isEqualTo(LeadPool.DEPARTMENT);
        assertThat(recycled.getOwnerId()).isNull();
        assertThat(recycled.getRecycleCount()).isEqualTo(1);
        assertThat(capacity.holding(rep, ResourceType.LEAD).held()).isZero();

        driver.fireTimer(process, "PoolPeriodOver");
        assertThat(process).isWaitingAt("ClaimFromPublicPool").hasPassed("MoveLeadToPublicPool");
        assertThat(task(lead)).hasCandidateGroup("sales");
        assertThat(leads.lead(lead.getId(), Fixtures.ADMIN).getPool()).isEqualTo(LeadPool.PUBLIC);
        assertThat(leads.visibleTo(sales.viewer(rep), LeadPool.PUBLIC, Paging.first()).getContent()).extracting(Lead::getId).contains(lead.getId());

        String busy = sales.rep(department, 0);
        assertThatThrownBy(() -> complete(lead, busy, Map.of())).isInstanceOf(InvalidInputException.class);
        assertThat(process).isWaitingAt("ClaimFromPublicPool");

        String claimer = sales.rep(sales.department(), 2);
        complete(lead, claimer, Map.of());
        assertThat(process).isWaitingAt("FollowUpLead").hasPassed("ClaimLead");
        assertThat(task(lead)).isAssignedTo(claimer);
        Lead claimed = leads.lead(lead.getId(), Fixtures.ADMIN);
        assertThat(claimed.getOwnerId()).isEqualTo(claimer);
        assertThat(claimed.getPool()).isEqualTo(LeadPool.PERSONAL);
        assertThat(capacity.holding(claimer, ResourceType.LEAD).held()).isEqualTo(1);
        assertThat(kinds(lead)).endsWith(ActivityKind.RECYCLED, ActivityKind.MOVED_TO_PUBLIC, ActivityKind.CLAIMED);
    }

    @Test
    void aManagerMayReleaseAPooledLeadToThePublicPoolOrCloseIt() {
        String department = sales.department();
        sales.rep(department, 0);
        Lead released = lead(department, LeadSource.IMPORT);
        complete(released, "salesmgr1", Map.of("poolAction", "PUBLIC"));
        assertThat(process(released)).isWaitingAt("ClaimFromPublicPool");

        Lead closed = lead(department, LeadSource.IMPORT);
        ProcessInstance closing = process(closed);
        complete(closed, "salesmgr1", Map.of("poolAction", "INVALID", "invalidReason", "Test entry"));
        assertThat(closing).isEnded().hasPassed("CloseLeadFromPool", "PoolLeadInvalid");
        assertThat(leads.lead(closed.getId(), Fixtures.ADMIN).getStatus()).isEqualTo(LeadStatus.INVALID);
    }

    @Test
    void aFollowUpIsRecordedAndRestartsThePeriodThenTheLeadIsConvertedIntoCustomerContactAndOpportunity() {
        String department = sales.department();
        String rep = sales.rep(department, 3);
        Lead lead = lead(department, LeadSource.BUSINESS_CARD);
        ProcessInstance process = process(lead);

        complete(lead, rep, Map.of("outcome", "FOLLOW_UP", "activityNote", "Called, wants a demo"));
        assertThat(process).isWaitingAt("FollowUpLead").hasPassed("RecordLeadFollowUp");
        TaskForms.assertOpensEmpty(formService, task(lead)); // the next follow-up starts from an empty form
        assertThat(formService.getTaskFormVariables(task(lead).getId()).get("earlierFollowUps").toString())
                .as("and shows what was done so far").endsWith(rep + ": Called, wants a demo");
        assertThat(activities.findByLeadIdOrderById(lead.getId())).last()
                .satisfies(a -> {
                    assertThat(a.getKind()).isEqualTo(ActivityKind.FOLLOW_UP);
                    assertThat(a.getNote()).isEqualTo("Called, wants a demo");
                    assertThat(a.getActor()).isEqualTo(rep);
                });

        Map<String, Object> conversion = new HashMap<>();
        conversion.put("outcome", "CONVERT");
        conversion.put("createCustomer", true);
        conversion.put("customerName", "Converted Co");
        conversion.put("createContact", true);
        conversion.put("createOpportunity", true);
        conversion.put("opportunityName", "Printers for the new plant");
        conversion.put("opportunityAmount", 36000.0);
        complete(lead, rep, conversion);

        assertThat(process).isEnded().hasPassed("ConvertLead", "LeadConverted");
        Lead converted = leads.lead(lead.getId(), Fixtures.ADMIN);
        assertThat(converted.getStatus()).isEqualTo(LeadStatus.CONVERTED);
        var customer = customers.get(converted.getCustomerId(), Fixtures.ADMIN);
        assertThat(customer.getName()).isEqualTo("Converted Co");
        assertThat(customer.getCode()).as("the next customer number").matches("CUST-[0-9]{4,}");
        assertThat(customer.getOwnerId()).isEqualTo(rep);
        assertThat(customers.contacts(customer.getId(), Fixtures.ADMIN)).extracting(c -> c.getName())
                .containsExactly(lead.getName());
        var opportunity = opportunities.opportunity(converted.getOpportunityId(), Fixtures.ADMIN);
        assertThat(opportunity.getOwnerId()).isEqualTo(rep);
        assertThat(opportunity.getLeadId()).isEqualTo(lead.getId());
        assertThat(opportunity.getAmount()).isEqualByComparingTo("36000");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("OPP-" + opportunity.getId())
                .count()).isEqualTo(1);
        assertThat(capacity.holding(rep, ResourceType.LEAD).held()).isZero();
        assertThat(capacity.holding(rep, ResourceType.CUSTOMER).held()).isEqualTo(1);
        assertThat(capacity.holding(rep, ResourceType.OPPORTUNITY).held()).isEqualTo(1);
    }

    @Test
    void aFollowUpRecordedOverRestMovesTheDeadlineTimersAndTaskDueDate() {
        String department = sales.department();
        String rep = sales.rep(department, 1);
        Lead lead = lead(department, LeadSource.EVENT);
        managementService.setJobDuedate(managementService.createJobQuery().processInstanceId(lead.getProcessInstanceId())
                .activityId("FollowUpOverdue").singleResult().getId(), java.util.Date.from(Instant.now().plusSeconds(60)));

        leads.followUp(lead.getId(), "Visited the customer", sales.viewer(rep));

        Instant due = leads.lead(lead.getId(), Fixtures.ADMIN).getFollowUpDueAt();
        assertThat(Duration.between(Instant.now(), due)).isGreaterThan(Duration.ofDays(1));
        Instant timer = managementService.createJobQuery().processInstanceId(lead.getProcessInstanceId())
                .activityId("FollowUpOverdue").singleResult().getDuedate().toInstant();
        assertThat(Duration.between(timer, due).abs()).isLessThan(Duration.ofSeconds(1));
        assertThat(Duration.between(task(lead).getDueDate().toInstant(), due).abs()).isLessThan(Duration.ofSeconds(1));
        assertThatThrownBy(() -> leads.followUp(lead.getId(), "not mine", sales.viewer("sales2")))
                .isInstanceOf(com.relaycrm.common.NotFoundException.class);
    }

    @Test
    void aLeadClosedAsInvalidNeedsAReasonAndFreesThePlace() {
        String department = sales.department();
        String rep = sales.rep(department, 1);
        Lead lead = lead(department, LeadSource.PHONE);
        ProcessInstance process = process(lead);

        assertThatThrownBy(() -> complete(lead, rep, Map.of("outcome", "INVALID")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("invalidReason");
        complete(lead, rep, Map.of("outcome", "INVALID", "invalidReason", "Wrong number, not a company"));

        assertThat(process).isEnded().hasPassed("CloseLead", "LeadInvalid");
        Lead closed = leads.lead(lead.getId(), Fixtures.ADMIN);
        assertThat(closed.getStatus()).isEqualTo(LeadStatus.INVALID);
        assertThat(closed.getClosedReason()).isEqualTo("Wrong number, not a company");
        assertThat(capacity.holding(rep, ResourceType.LEAD).held()).isZero();
    }

    @Test
    void aManagerRecyclesAHeldLeadToTheDepartmentPool() {
        String department = sales.department();
        String rep = sales.rep(department, 1);
        Lead lead = lead(department, LeadSource.EVENT);

        assertThatThrownBy(() -> leads.recycle(lead.getId(), "no", sales.viewer(rep)))
                .isInstanceOf(com.relaycrm.common.AccessDeniedException.class);
        leads.recycle(lead.getId(), "Rep on leave", new com.relaycrm.common.Viewer("salesmgr1", List.of("sales-manager")));

        assertThat(process(lead)).isWaitingAt("AssignFromDepartmentPool").hasPassed("RecycleLead");
        assertThat(activities.findByLeadIdOrderById(lead.getId())).last().satisfies(a -> {
            assertThat(a.getKind()).isEqualTo(ActivityKind.RECYCLED);
            assertThat(a.getNote()).isEqualTo("Rep on leave");
            assertThat(a.getActor()).isEqualTo("salesmgr1");
        });
        assertThat(capacity.holding(rep, ResourceType.LEAD).held()).isZero();
    }

    @Test
    void duplicatesByPhoneOrEmailAreFlagged() {
        String department = sales.department();
        sales.rep(department, 5);
        String phone = "138" + (System.nanoTime() % 100000000L);
        String email = "dup" + System.nanoTime() + "@example.com";
        Lead original = leads.create(new NewLead("Original", null, LeadSource.EVENT, phone, null, department, null, null),
                Fixtures.ADMIN);
        Lead samePhone = leads.create(new NewLead("Same phone", null, LeadSource.EVENT, phone.substring(0, 3) + "-"
                + phone.substring(3), email, department, null, null), Fixtures.ADMIN);
        Lead sameEmail = leads.create(new NewLead("Same email", null, LeadSource.EVENT, null, email.toUpperCase(),
                department, null, null), Fixtures.ADMIN);

        assertThat(original.isDuplicate()).isFalse();
        assertThat(leads.lead(samePhone.getId(), Fixtures.ADMIN).getDuplicateOfId()).isEqualTo(original.getId());
        assertThat(leads.lead(sameEmail.getId(), Fixtures.ADMIN).getDuplicateOfId()).isEqualTo(samePhone.getId());
        assertThat(runtimeService.getVariable(sameEmail.getProcessInstanceId(), "duplicate")).isEqualTo(true);
    }

    @Test
    void anotherGroupNeitherSeesNorCompletesTheRepsTask() {
        String department = sales.department();
        String rep = sales.rep(department, 1);
        Lead lead = lead(department, LeadSource.EVENT);
        Task task = task(lead);

        assertThat(demoUsers.actAs("service1", () -> taskService.createTaskQuery().taskId(task.getId()).count())).isZero();
        assertThat(demoUsers.actAs("sales2", () -> taskService.createTaskQuery().taskId(task.getId()).count())).isZero();
        assertThatThrownBy(() -> demoUsers.actAs("service1", () -> taskService.complete(task.getId(),
                Map.of("outcome", "INVALID", "invalidReason", "x")))).isInstanceOf(AuthorizationException.class);
        assertThat(demoUsers.actAs(rep, () -> taskService.createTaskQuery().taskId(task.getId()).count())).isEqualTo(1);
        assertThatThrownBy(() -> leads.lead(lead.getId(), sales.viewer("sales2")))
                .isInstanceOf(com.relaycrm.common.NotFoundException.class);
    }

    private Lead lead(String department, LeadSource source) {
        return leads.create(new NewLead("Lead " + System.nanoTime(), "Company", source, null, null, department, null,
                null), Fixtures.ADMIN);
    }

    private ProcessInstance process(Lead lead) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(lead.getProcessInstanceId()).singleResult();
    }

    private Task task(Lead lead) {
        return taskService.createTaskQuery().processInstanceId(lead.getProcessInstanceId()).singleResult();
    }

    /** Works the lead's one open task as the user (ProcessDriver claims it first when nobody holds it). */
    private void complete(Lead lead, String user, Map<String, Object> variables) {
        driver.complete(task(lead), user, variables);
    }

    private List<ActivityKind> kinds(Lead lead) {
        return activities.findByLeadIdOrderById(lead.getId()).stream().map(LeadActivity::getKind).toList();
    }
}
