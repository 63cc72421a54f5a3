package com.relaycrm.sales;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaycrm.common.Timeline;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerRecords;
import com.relaycrm.customer.CustomerRecords.CustomerTask;
import com.relaycrm.organisation.Groups;
import com.relaycrm.sales.lead.Lead;
import com.relaycrm.sales.lead.LeadCommands.NewLead;
import com.relaycrm.sales.lead.LeadService;
import com.relaycrm.sales.lead.LeadSource;
import com.relaycrm.sales.opportunity.Opportunity;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewOpportunity;
import com.relaycrm.sales.opportunity.OpportunityService;
import com.relaycrm.sales.opportunity.process.OpportunityProcess;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.ProcessDriver;
import com.relaycrm.support.RelayProcessTest;
import com.relaycrm.support.TestMail;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What sales adds to the customer page (客户360度视图): the open tasks of the customer's leads and opportunities, and
 * the opportunities' stage changes and the leads' activities on the timeline, each as stored, for whoever may see
 * the record (a rep their own, a manager all, the service desk none); 10,000 such entries page through in order.
 *
 * <p>One customer carries two reps' records: rep B opened an opportunity while the customer was theirs, then the
 * customer passed to rep A; each rep holds a lead linked to the customer.
 */
@RelayProcessTest
public class SalesCustomerRecordTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.smtp());

    static final Viewer MANAGER = new Viewer("salesmgr1", List.of(Groups.SALES_MANAGER));

    @Autowired CustomerRecords records;
    @Autowired OpportunityService opportunities;
    @Autowired LeadService leads;
    @Autowired SalesFixtures sales;
    @Autowired ProcessDriver driver;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;

    /** The customer and the two reps' records on it. */
    public record Scene(Customer customer, String repA, String repB, Opportunity opportunityA,
                        Opportunity opportunityB, Lead leadA, Lead leadB) {
    }

    private Scene scene;

    @BeforeEach
    void scene() {
        scene = scene(sales, opportunities, leads, jdbc);
    }

    /** Builds the scene of the class comment (also used by the page's browser test). */
    public static Scene scene(SalesFixtures sales, OpportunityService opportunities, LeadService leads,
                              JdbcTemplate jdbc) {
        String departmentA = sales.department();
        String departmentB = sales.department();
        String repA = sales.rep(departmentA, 5);
        String repB = sales.rep(departmentB, 5);
        Customer customer = sales.customerOf(repB, departmentB);
        Opportunity opportunityB = opportunities.open(new NewOpportunity(customer.getId(), "B's deal",
                new BigDecimal("9000.00"), LocalDate.now().plusMonths(2)), sales.viewer(repB));
        jdbc.update("update customer set owner_id = ?, department_code = ? where id = ?", repA, departmentA,
                customer.getId());
        Opportunity opportunityA = opportunities.open(new NewOpportunity(customer.getId(), "A's deal",
                new BigDecimal("12000.00"), LocalDate.now().plusMonths(2)), sales.viewer(repA));
        Lead leadA = leads.create(new NewLead("A's lead", "Company", LeadSource.EVENT, null, null, departmentA, null,
                null), Fixtures.ADMIN);
        Lead leadB = leads.create(new NewLead("B's lead", "Company", LeadSource.EVENT, null, null, departmentB, null,
                null), Fixtures.ADMIN);
        jdbc.update("update sales_lead set customer_id = ? where id in (?, ?)", customer.getId(), leadA.getId(),
                leadB.getId());
        return new Scene(customer, repA, repB, opportunityA, opportunityB, leadA, leadB);
    }

    @Test
    void theCustomerPageShowsTheOpenTasksOfTheRecordsTheViewerMaySee() {
        List<CustomerTask> ofRepA = records.record(scene.customer().getCode(), sales.viewer(scene.repA())).openTasks();
        assertThat(ofRepA).extracting(CustomerTask::recordKey)
                .containsExactlyInAnyOrder(key(scene.opportunityA()), "LEAD-" + scene.leadA().getId());
        for (CustomerTask open : ofRepA) {
            Task task = engineTask(open.recordKey());
            assertThat(open.task().id()).isEqualTo(task.getId());
            assertThat(open.task().name()).isEqualTo(task.getName());
            assertThat(open.task().assignee()).isEqualTo(scene.repA()).isEqualTo(task.getAssignee());
            assertThat(open.task().since()).isEqualTo(task.getCreateTime().toInstant());
        }
        assertThat(ofRepA).extracting(CustomerTask::link).containsExactlyInAnyOrder(
                "/records/opportunity.html?key=" + key(scene.opportunityA()),
                "/records/lead.html?key=LEAD-" + scene.leadA().getId());
        assertThat(ofRepA).extracting(CustomerTask::recordTitle)
                .containsExactlyInAnyOrder(key(scene.opportunityA()) + " A's deal", "LEAD-" + scene.leadA().getId()
                        + " A's lead");

        List<CustomerTask> ofManager = records.record(scene.customer().getCode(), MANAGER).openTasks();
        assertThat(ofManager).extracting(CustomerTask::recordKey).containsExactlyInAnyOrder(
                key(scene.opportunityA()), key(scene.opportunityB()), "LEAD-" + scene.leadA().getId(),
                "LEAD-" + scene.leadB().getId());
        assertThat(ofManager).extracting(t -> t.task().since()).isSorted();

        assertThat(records.record(scene.customer().getCode(), Fixtures.SERVICE1).openTasks())
                .as("the service desk sees the customer but none of its sales records").isEmpty();

        // a won or finished record has no open task: once A's opportunity fails, only A's lead remains
        Map<String, Object> fail = new HashMap<>();
        fail.put(OpportunityProcess.Variables.PROMOTION, "FAIL");
        fail.put(OpportunityProcess.Variables.FAILURE_REASON, "Budget cut");
        driver.complete(engineTask(key(scene.opportunityA())), scene.repA(), fail);
        assertThat(records.record(scene.customer().getCode(), sales.viewer(scene.repA())).openTasks())
                .extracting(CustomerTask::recordKey).containsExactly("LEAD-" + scene.leadA().getId());
    }

    @Test
    void theTimelineHasTheStageChangesAndLeadActivitiesAsStoredAndARepOnlyTheirOwn() {
        promote(scene.opportunityA(), scene.repA(), "Visited the plant");
        promote(scene.opportunityB(), scene.repB(), "B's visit");
        leads.followUp(scene.leadA().getId(), "Called, wants a demo", sales.viewer(scene.repA()));
        leads.followUp(scene.leadB().getId(), "B called", sales.viewer(scene.repB()));

        List<Timeline.Entry> ofRepA = all(sales.viewer(scene.repA()), 3);
        assertThat(ids(ofRepA, "opportunity-stage")).isEqualTo(stored(
                "select id from opportunity_stage_change where opportunity_id = ?", scene.opportunityA().getId()));
        assertThat(ids(ofRepA, "lead-activity")).isEqualTo(stored(
                "select id from lead_activity where lead_id = ?", scene.leadA().getId()));
        assertThat(ofRepA).extracting(Timeline.Entry::title).noneMatch(t -> t.contains("B's"));
        assertThat(ofRepA).extracting(Timeline.Entry::detail).doesNotContain("FOLLOW_UP: B called")
                .contains("FOLLOW_UP: Called, wants a demo");
        Timeline.Entry stage = ofRepA.stream().filter(e -> e.kind().equals("opportunity-stage")).findFirst()
                .orElseThrow();
        Map<String, Object> row = jdbc.queryForMap("select from_stage, to_stage, note, actor, changed_at "
                + "from opportunity_stage_change where id = ?", stage.id());
        assertThat(stage.detail()).isEqualTo(row.get("from_stage") + " → " + row.get("to_stage") + ": "
                + row.get("note"));
        assertThat(stage.actor()).isEqualTo(row.get("actor")).isEqualTo(scene.repA());
        assertThat(stage.title()).isEqualTo(key(scene.opportunityA()) + " A's deal");
        assertThat(stage.link()).isEqualTo("/records/opportunity.html?key=" + key(scene.opportunityA()));

        List<Timeline.Entry> ofManager = all(MANAGER, 4);
        assertThat(ids(ofManager, "opportunity-stage")).isEqualTo(stored("select id from opportunity_stage_change "
                + "where opportunity_id in (?, ?)", scene.opportunityA().getId(), scene.opportunityB().getId()));
        assertThat(ids(ofManager, "lead-activity")).isEqualTo(stored("select id from lead_activity "
                + "where lead_id in (?, ?)", scene.leadA().getId(), scene.leadB().getId()));

        assertThat(all(Fixtures.SERVICE1, 50)).extracting(Timeline.Entry::kind)
                .doesNotContain("opportunity-stage", "lead-activity", "opportunity");
    }

    @Test
    void tenThousandStageChangesAndLeadActivitiesPageThroughNewestFirst() {
        insertTenThousand(jdbc, scene);
        List<Timeline.Entry> entries = all(Fixtures.ADMIN, Timeline.MAX_PAGE);
        assertThat(ids(entries, "opportunity-stage")).isEqualTo(stored("select c.id from opportunity_stage_change c "
                + "join opportunity o on o.id = c.opportunity_id where o.customer_id = ?", scene.customer().getId()));
        assertThat(ids(entries, "lead-activity")).isEqualTo(stored("select a.id from lead_activity a "
                + "join sales_lead l on l.id = a.lead_id where l.customer_id = ?", scene.customer().getId()));
        assertThat(ids(entries, "opportunity-stage").size() + ids(entries, "lead-activity").size())
                .isGreaterThanOrEqualTo(10_000);
        assertThat(entries.stream().map(e -> e.kind() + e.id()).distinct().count()).isEqualTo(entries.size());
        assertThat(entries).isSortedAccordingTo(Timeline.NEWEST_FIRST);
    }

    /** 5,000 stage changes of A's opportunity and 5,000 activities of A's lead, two of each kind per minute. */
    public static void insertTenThousand(JdbcTemplate jdbc, Scene scene) {
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        List<Object[]> changes = new ArrayList<>();
        List<Object[]> activities = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            Timestamp at = Timestamp.from(start.plusSeconds(60L * (i / 2)));
            changes.add(new Object[] {scene.opportunityA().getId(), "change " + i, scene.repA(), at});
            activities.add(new Object[] {scene.leadA().getId(), "activity " + i, scene.repA(), at});
        }
        jdbc.batchUpdate("insert into opportunity_stage_change (opportunity_id, from_stage, to_stage, note, actor, "
                + "changed_at) values (?, 'NEW', 'IDENTIFIED', ?, ?, ?)", changes);
        jdbc.batchUpdate("insert into lead_activity (lead_id, kind, note, actor, occurred_at) "
                + "values (?, 'FOLLOW_UP', ?, ?, ?)", activities);
    }

    private List<Timeline.Entry> all(Viewer viewer, int size) {
        List<Timeline.Entry> all = new ArrayList<>();
        Timeline.Cursor cursor = Timeline.Cursor.START;
        while (cursor != null) {
            Timeline.Page page = records.timeline(scene.customer().getCode(), viewer, cursor, size);
            assertThat(page.entries().size()).isLessThanOrEqualTo(size);
            all.addAll(page.entries());
            cursor = page.next() == null ? null : Timeline.Cursor.parse(page.next());
        }
        return all;
    }

    private static Set<Long> ids(List<Timeline.Entry> entries, String kind) {
        return entries.stream().filter(e -> e.kind().equals(kind)).map(Timeline.Entry::id).collect(Collectors.toSet());
    }

    private Set<Long> stored(String sql, Object... arguments) {
        return Set.copyOf(jdbc.queryForList(sql, Long.class, arguments));
    }

    private void promote(Opportunity opportunity, String rep, String note) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(OpportunityProcess.Variables.PROMOTION, "ADVANCE");
        variables.put(OpportunityProcess.Variables.MILESTONES_MET, true);
        variables.put(OpportunityProcess.Variables.PROMOTION_NOTE, note);
        driver.complete(engineTask(key(opportunity)), rep, variables);
    }

    private Task engineTask(String businessKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
    }

    private static String key(Opportunity opportunity) {
        return OpportunityProcess.businessKey(opportunity.getId());
    }
}
