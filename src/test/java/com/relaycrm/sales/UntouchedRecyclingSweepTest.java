package com.relaycrm.sales;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.sales.capacity.CapacityService;
import com.relaycrm.sales.capacity.ResourceType;
import com.relaycrm.sales.opportunity.Opportunity;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewOpportunity;
import com.relaycrm.sales.opportunity.OpportunityService;
import com.relaycrm.support.DemoUsers;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Customers and opportunities nobody touched for relay.sales.untouched-recycle-after are recycled: the opportunity's
 * promotion task goes to the sales managers and the rep it is handed to adopts it; the customer loses its owner.
 */
@RelayIntegrationTest
class UntouchedRecyclingSweepTest {

    @Autowired UntouchedRecyclingSweep sweep;
    @Autowired OpportunityService opportunities;
    @Autowired CustomerService customers;
    @Autowired CapacityService capacity;
    @Autowired SalesProperties properties;
    @Autowired SalesFixtures sales;
    @Autowired TaskService taskService;
    @Autowired DemoUsers demoUsers;
    @Autowired JdbcTemplate jdbc;

    @Test
    void untouchedOpportunitiesGoToTheManagersAndUntouchedCustomersLoseTheirOwner() {
        String department = sales.department();
        String rep = sales.rep(department, 5);
        Viewer viewer = sales.viewer(rep);
        Customer withDeal = sales.customerOf(rep, department);
        Customer idle = sales.customerOf(rep, department);
        Customer fresh = sales.customerOf(rep, department);
        capacity.take("customer", rep, ResourceType.CUSTOMER);
        capacity.take("customer", rep, ResourceType.CUSTOMER);
        Opportunity deal = opportunities.open(new NewOpportunity(withDeal.getId(), "Old deal", new BigDecimal("1000"),
                null), viewer);
        Timestamp longAgo = Timestamp.from(Instant.now().minus(properties.untouchedRecycleAfter()).minus(Duration.ofDays(1)));
        jdbc.update("update opportunity set last_activity_at = ? where id = ?", longAgo, deal.getId());
        jdbc.update("update customer set created_at = ? where id in (?, ?)", longAgo, withDeal.getId(), idle.getId());

        UntouchedRecyclingSweep.Result result = sweep.sweep(Instant.now());

        assertThat(result.opportunities()).isGreaterThanOrEqualTo(1);
        Opportunity recycled = opportunities.opportunity(deal.getId(), Fixtures.ADMIN);
        assertThat(recycled.getOwnerId()).isNull();
        assertThat(recycled.isRecycled()).isTrue();
        assertThat(capacity.holding(rep, ResourceType.OPPORTUNITY).held()).isZero();
        Task task = taskService.createTaskQuery().processInstanceId(deal.getProcessInstanceId()).singleResult();
        assertThat(task.getAssignee()).isNull();
        assertThat(demoUsers.actAs("salesmgr1", () -> taskService.createTaskQuery().taskId(task.getId()).count())).isEqualTo(1);
        assertThat(customers.customer(idle.getId()).getOwnerId()).as("idle and old").isNull();
        assertThat(customers.customer(withDeal.getId()).getOwnerId()).as("old, untouched deal too").isNull();
        assertThat(customers.customer(fresh.getId()).getOwnerId()).as("created recently").isEqualTo(rep);
        assertThat(capacity.holding(rep, ResourceType.CUSTOMER).held()).isZero();

        String adopter = sales.rep(department, 5);
        demoUsers.actAs("salesmgr1", () -> taskService.setAssignee(task.getId(), adopter));
        demoUsers.actAs(adopter, () -> taskService.complete(task.getId(), Map.of("promotion", "ADVANCE",
                "milestonesMet", true)));
        Opportunity adopted = opportunities.opportunity(deal.getId(), Fixtures.ADMIN);
        assertThat(adopted.getOwnerId()).isEqualTo(adopter);
        assertThat(adopted.isRecycled()).isFalse();
        assertThat(capacity.holding(adopter, ResourceType.OPPORTUNITY).held()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceId(deal.getProcessInstanceId()).singleResult().getAssignee())
                .isEqualTo(adopter);
    }
}
