package com.relaycrm.process.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.support.RelayIntegrationTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shared Tasklist filters are written once: a second start (another node, a restart) finds them as this version
 * wants them and leaves them alone, and a filter left from an older version is brought up to date.
 */
@RelayIntegrationTest
class TasklistFiltersTest {

    @Autowired TasklistFilters filters;
    @Autowired FilterService filterService;
    @Autowired TaskService taskService;
    @Autowired com.relaycrm.support.ServiceRequestFixtures serviceRequests;
    @Autowired com.relaycrm.support.DemoUsers demoUsers;

    @Test
    void aStartFindingTheFiltersUpToDateDoesNotRewriteThem() {
        FilterEntity before = groupFilter();
        filters.run(null);
        assertThat(groupFilter().getRevision()).isEqualTo(before.getRevision());
    }

    @Test
    void aFilterOfAnOlderVersionIsBroughtUpToDate() {
        FilterEntity filter = groupFilter();
        // the query of the version before tasks were offered by name
        filter.setQuery(taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .orderByDueDate().asc());
        filterService.saveFilter(filter);
        String old = groupFilter().getQueryInternal();

        filters.run(null);
        assertThat(groupFilter().getQueryInternal()).isNotEqualTo(old).contains("taskCandidateUserExpression");
        assertThat(groupFilter().getQueryInternal()).doesNotContain("currentUserGroups");
    }

    @Test
    void myWorkComesFirstAndHoldsTheTasksOfferedToMyGroupsAndThoseIHold() {
        java.util.List<org.camunda.bpm.engine.filter.Filter> all = filterService.createTaskFilterQuery().list();
        org.camunda.bpm.engine.filter.Filter first = all.stream().min(java.util.Comparator.comparingInt(
                f -> ((Number) f.getProperties().getOrDefault("priority", 0)).intValue())).orElseThrow();
        assertThat(first.getName()).isEqualTo(TasklistFilters.MY_WORK);

        org.camunda.bpm.engine.task.Task dispatch = serviceRequests.waitingForDispatch();
        assertThat(demoUsers.actAs("service1", () -> filterService.<org.camunda.bpm.engine.task.Task>list(
                first.getId()))).as("a group task, unclaimed").extracting("id").contains(dispatch.getId());
        demoUsers.actAs("service1", () -> taskService.claim(dispatch.getId(), "service1"));
        assertThat(demoUsers.actAs("service1", () -> filterService.<org.camunda.bpm.engine.task.Task>list(
                first.getId()))).as("the same task, claimed").extracting("id").contains(dispatch.getId());
        assertThat(demoUsers.actAs("sales1", () -> filterService.<org.camunda.bpm.engine.task.Task>list(
                first.getId()))).as("someone outside the group").extracting("id").doesNotContain(dispatch.getId());
    }

    @Test
    void theFiltersReadInEnglishAndChinese() {
        assertThat(filterService.createTaskFilterQuery().list()).isNotEmpty().allSatisfy(filter -> {
            assertThat(filter.getName()).as("filter name").matches(".*[A-Za-z].* / .*[\\u4e00-\\u9fff].*");
            assertThat((String) filter.getProperties().get("description")).as("description of " + filter.getName())
                    .matches(".*[A-Za-z].* / .*[\\u4e00-\\u9fff].*");
        });
    }

    @Test
    void aFilterUnderItsEnglishOnlyNameOfAnOlderVersionIsRenamedNotDuplicated() {
        FilterEntity filter = groupFilter();
        filter.setName("My group tasks");
        filterService.saveFilter(filter);

        filters.run(null);
        assertThat(filterService.createTaskFilterQuery().filterName("My group tasks").count()).isZero();
        assertThat(filterService.createTaskFilterQuery().filterName(TasklistFilters.MY_GROUP_TASKS).list())
                .singleElement().extracting(org.camunda.bpm.engine.filter.Filter::getId).isEqualTo(filter.getId());
    }

    private FilterEntity groupFilter() {
        return (FilterEntity) filterService.createTaskFilterQuery().filterName(TasklistFilters.MY_GROUP_TASKS).singleResult();
    }
}
