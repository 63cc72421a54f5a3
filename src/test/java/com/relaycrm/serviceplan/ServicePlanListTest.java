package com.relaycrm.serviceplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.organisation.Groups;
import com.relaycrm.support.Api;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * /api/service-plans comes a page at a time, soonest due first, asked of the database with the data permission in the
 * query: each person pages through exactly the plans the single-plan rule lets them see (managers all; others those
 * assigned to them or offered to one of their groups), and a page out of range is a 400 naming the parameter.
 */
@RelayIntegrationTest
class ServicePlanListTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired Api api;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired ServicePlanRepository planRows;

    @Test
    void eachPersonPagesThroughExactlyThePlansTheyMaySeeSoonestDueFirst() throws Exception {
        Customer customer = fixtures.company();
        String run = UUID.randomUUID().toString();
        List<Long> ours = new ArrayList<>();
        LocalDate day = LocalDate.now().plusDays(3);
        // several plans on the same day, so that the order within a day (by id) is paged too
        for (int i = 0; i < 5; i++) {
            ours.add(plan(run, customer, day.plusDays(i % 2), "service1", null));
            ours.add(plan(run, customer, day.plusDays(i % 3), null, Groups.SERVICE));
            ours.add(plan(run, customer, day, "engineer1", null));
            ours.add(plan(run, customer, day.plusDays(1), null, Groups.WAREHOUSE));
        }

        for (String user : List.of("service1", "servicemgr1", "engineer1", "warehouse1", "sales1")) {
            List<Long> expected = planRows.findAll().stream()
                    .filter(p -> ServicePlanService.maySee(p, viewer(user)))
                    .sorted(Comparator.comparing(ServicePlan::getDueDate).thenComparing(ServicePlan::getId))
                    .map(ServicePlan::getId).toList();
            assertThat(pages(user, 3)).as(user + "'s pages").containsExactlyElementsOf(expected);
        }
        assertThat(pages("service1", 200)).as("service1's by name and their group's")
                .containsAll(ours.subList(0, 2)).contains(ours.get(4)).doesNotContain(ours.get(2), ours.get(3));
        assertThat(pages("engineer1", 200)).contains(ours.get(2)).doesNotContain(ours.get(0), ours.get(1), ours.get(3));
        assertThat(pages("warehouse1", 200)).contains(ours.get(3)).doesNotContain(ours.get(0), ours.get(1), ours.get(2));
        assertThat(pages("servicemgr1", 200)).as("a manager sees every plan").containsAll(ours);
        assertThat(pages("sales1", 200)).doesNotContainAnyElementsOf(ours);
    }

    @Test
    void aPageOutOfRangeIsA400NamingTheParameter() {
        ResponseEntity<String> negative = api.get("service1", "/api/service-plans?page=-1");
        assertThat(negative.getStatusCode().value()).isEqualTo(400);
        assertThat(negative.getBody()).contains("\"field\":\"page\"");
        ResponseEntity<String> tooBig = api.get("servicemgr1", "/api/service-plans?size=201");
        assertThat(tooBig.getStatusCode().value()).isEqualTo(400);
        assertThat(tooBig.getBody()).contains("\"field\":\"size\"", "between 1 and 200");
        assertThat(api.get("service1", "/api/service-plans?size=0").getBody()).contains("\"field\":\"size\"");
        assertThat(api.get("service1", "/api/service-plans?page=x").getStatusCode().value()).isEqualTo(400);
        assertThat(api.get(null, "/api/service-plans").getStatusCode().value()).isEqualTo(401);
    }

    /** Every page of the user's list of the given size, checking the headers of each, as plan ids in order. */
    private List<Long> pages(String user, int size) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            ResponseEntity<String> answer = api.get(user, "/api/service-plans?size=" + size + "&page=" + page);
            assertThat(answer.getStatusCode().value()).isEqualTo(200);
            assertThat(answer.getHeaders().getFirst("X-Page")).isEqualTo(String.valueOf(page));
            assertThat(answer.getHeaders().getFirst("X-Page-Size")).isEqualTo(String.valueOf(size));
            long total = Long.parseLong(answer.getHeaders().getFirst("X-Total-Count"));
            JsonNode records = JSON.readTree(answer.getBody());
            assertThat(records.size()).isLessThanOrEqualTo(size);
            records.forEach(record -> ids.add(record.get("id").asLong()));
            if ((long) (page + 1) * size >= total) {
                assertThat(ids).as(user + ": as many as X-Total-Count says").hasSize((int) total);
                return ids;
            }
        }
    }

    private static Viewer viewer(String user) {
        return switch (user) {
            case "service1" -> new Viewer(user, List.of(Groups.SERVICE));
            case "servicemgr1" -> new Viewer(user, List.of(Groups.SERVICE_MANAGER, Groups.SERVICE));
            case "engineer1" -> new Viewer(user, List.of(Groups.ENGINEER));
            case "warehouse1" -> new Viewer(user, List.of(Groups.WAREHOUSE));
            default -> new Viewer(user, List.of(Groups.SALES));
        };
    }

    private long plan(String run, Customer customer, LocalDate due, String assignee, String group) {
        jdbc.update("insert into service_plan (plan_key, template_kind, customer_id, subject, due_date, assignee_id, "
                + "candidate_group, status, created_at) values (?, 'FOLLOW_UP', ?, 'List test', ?, ?, ?, 'PLANNED', ?)",
                run + "-" + UUID.randomUUID(), customer.getId(), Date.valueOf(due), assignee, group,
                Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select max(id) from service_plan where plan_key like ?", Long.class, run + "%");
    }
}
