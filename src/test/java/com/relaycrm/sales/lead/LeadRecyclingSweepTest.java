package com.relaycrm.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.relaycrm.sales.SalesFixtures;
import com.relaycrm.sales.capacity.CapacityService;
import com.relaycrm.sales.capacity.ResourceType;
import com.relaycrm.sales.lead.LeadCommands.NewLead;
import com.relaycrm.sales.lead.internal.LeadActivityRepository;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.ProcessDriver;
import com.relaycrm.support.RelayProcessTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The set-based sweep recycles overdue leads only, once, and the lead's own timer afterwards only moves the process. */
@RelayProcessTest
class LeadRecyclingSweepTest {

    @Autowired RuntimeService runtimeService;
    @Autowired LeadService leads;
    @Autowired LeadActivityRepository activities;
    @Autowired LeadRecyclingSweep sweep;
    @Autowired CapacityService capacity;
    @Autowired SalesFixtures sales;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProcessDriver driver;

    @Test
    void overdueLeadsGoBackToTheDepartmentPoolAndTheTimerLaterOnlyMovesTheProcess() {
        String department = sales.department();
        String rep = sales.rep(department, 5);
        Lead overdue = lead(department);
        Lead onTime = lead(department);
        jdbc.update("update sales_lead set follow_up_due_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(5))), overdue.getId());

        assertThat(sweep.recycleOverdue(Instant.now())).isGreaterThanOrEqualTo(1);

        Lead recycled = leads.lead(overdue.getId(), Fixtures.ADMIN);
        assertThat(recycled.getPool()).isEqualTo(LeadPool.DEPARTMENT);
        assertThat(recycled.getStatus()).isEqualTo(LeadStatus.IN_POOL);
        assertThat(recycled.getOwnerId()).isNull();
        assertThat(recycled.getRecycleCount()).isEqualTo(1);
        assertThat(leads.lead(onTime.getId(), Fixtures.ADMIN).getOwnerId()).isEqualTo(rep);
        assertThat(capacity.holding(rep, ResourceType.LEAD).held()).isEqualTo(1);

        ProcessInstance process = runtimeService.createProcessInstanceQuery()
                .processInstanceId(overdue.getProcessInstanceId()).singleResult();
        driver.fireTimer(process, "FollowUpOverdue");

        assertThat(process).isWaitingAt("AssignFromDepartmentPool");
        assertThat(capacity.holding(rep, ResourceType.LEAD).held()).as("not given back twice").isEqualTo(1);
        assertThat(activities.findByLeadIdOrderById(overdue.getId()).stream()
                .filter(a -> a.getKind() == ActivityKind.RECYCLED)).hasSize(1);
        assertThat(sweep.recycleOverdue(Instant.now())).as("nothing left overdue of ours").isGreaterThanOrEqualTo(0);
        assertThat(leads.lead(overdue.getId(), Fixtures.ADMIN).getRecycleCount()).isEqualTo(1);
    }

    private Lead lead(String department) {
        return leads.create(new NewLead("Sweep " + System.nanoTime(), null, LeadSource.EVENT, null, null, department,
                null, null), Fixtures.ADMIN);
    }
}
