package com.relaycrm.process;

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

    private FilterEntity groupFilter() {
        return (FilterEntity) filterService.createTaskFilterQuery().filterName("My group tasks").singleResult();
    }
}
