package com.relaycrm.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The shared task filters staff see in Tasklist's left column: their own tasks and their groups' tasks, each card
 * showing the request number, customer and subject (copied onto each task by {@link TaskCardVariables}). What a
 * filter shows is still limited by task authorizations.
 */
@Component
@Order(1)
class TasklistFilters implements ApplicationRunner {

    private final FilterService filterService;
    private final TaskService taskService;

    TasklistFilters(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Override
    public void run(ApplicationArguments args) {
        create("My tasks", -10, "Tasks assigned to me",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        // offered to one of my groups or to me by name (a group level of an expense whose requester is in the group
        // is offered to the other members by name): the engine's candidate-user query covers both
        create("My group tasks", -5, "Unclaimed tasks offered to me or my groups",
                taskService.createTaskQuery().taskCandidateUserExpression("${currentUser()}"));
    }

    /**
     * Creates the filter, or brings an existing one of that name up to this version's query and description; an
     * existing filter that already matches is left alone, so nodes starting together do not race to rewrite it.
     */
    private void create(String name, int priority, String description, TaskQuery query) {
        Filter wanted = filterService.newTaskFilter(name)
                .setQuery(query.orderByDueDate().asc())
                .setProperties(Map.of(
                        "priority", priority,
                        "description", description,
                        "refresh", true,
                        "variables", List.of(
                                Map.of("name", "requestNumber", "label", "Request"),
                                Map.of("name", "customerName", "label", "Customer"),
                                Map.of("name", "subject", "label", "Subject"))));
        Filter existing = filterService.createTaskFilterQuery().filterName(name).list().stream().findFirst()
                .orElse(null);
        if (existing == null) {
            filterService.saveFilter(wanted);
        } else if (!sameAs(existing, wanted)) {
            existing.setQuery(wanted.getQuery()).setProperties(wanted.getProperties());
            filterService.saveFilter(existing);
        }
    }

    private static boolean sameAs(Filter existing, Filter wanted) {
        return ((FilterEntity) existing).getQueryInternal().equals(((FilterEntity) wanted).getQueryInternal())
                && existing.getProperties().equals(wanted.getProperties());
    }
}
