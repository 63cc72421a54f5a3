package com.relaycrm.process.tasklist;

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

    static final String MY_WORK = "My work / 我的工作";
    static final String MY_TASKS = "My tasks / 我的任务";
    static final String MY_GROUP_TASKS = "My group tasks / 我的组任务";

    private final FilterService filterService;
    private final TaskService taskService;

    TasklistFilters(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Override
    public void run(ApplicationArguments args) {
        // first, so that a person lands on everything that waits for them: their own tasks and those offered to
        // them or their groups, most urgent first (an empty "My tasks" hid the work waiting in the group)
        create(MY_WORK, null, -20, "Tasks assigned to me and tasks offered to me or my groups / 我的任务和我所在组的待办",
                taskService.createTaskQuery().or().taskAssigneeExpression("${currentUser()}")
                        .taskCandidateUserExpression("${currentUser()}").includeAssignedTasks().endOr());
        create(MY_TASKS, "My tasks", -10, "Tasks assigned to me / 分配给我的任务",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        // offered to one of my groups or to me by name (a group level of an expense whose requester is in the group
        // is offered to the other members by name): the engine's candidate-user query covers both
        create(MY_GROUP_TASKS, "My group tasks", -5,
                "Unclaimed tasks offered to me or my groups / 提供给我或我所在组的未认领任务",
                taskService.createTaskQuery().taskCandidateUserExpression("${currentUser()}"));
    }

    /**
     * Creates the filter, or brings an existing one of that name (or of its English-only name of earlier versions,
     * {@code formerName}) up to this version's name, query and description; an existing filter that already matches
     * is left alone, so nodes starting together do not race to rewrite it.
     */
    private void create(String name, String formerName, int priority, String description, TaskQuery query) {
        Filter wanted = filterService.newTaskFilter(name)
                .setQuery(query.orderByDueDate().asc())
                .setProperties(Map.of(
                        "priority", priority,
                        "description", description,
                        "refresh", true,
                        "showUndefinedVariable", false,
                        "variables", List.of(
                                Map.of("name", "requestNumber", "label", "Request / 单号"),
                                Map.of("name", "loanNumber", "label", "Loan / 借出单"),
                                Map.of("name", "customerName", "label", "Customer / 客户"),
                                Map.of("name", "leadName", "label", "Lead / 线索"),
                                Map.of("name", "company", "label", "Company / 公司"),
                                Map.of("name", "opportunityName", "label", "Opportunity / 商机"),
                                Map.of("name", "subject", "label", "Subject / 主题"))));
        Filter existing = named(name);
        if (existing == null && formerName != null) {
            existing = named(formerName);
        }
        if (existing == null) {
            filterService.saveFilter(wanted);
        } else if (!name.equals(existing.getName()) || !sameAs(existing, wanted)) {
            existing.setName(name).setQuery(wanted.getQuery()).setProperties(wanted.getProperties());
            filterService.saveFilter(existing);
        }
    }

    private Filter named(String name) {
        return filterService.createTaskFilterQuery().filterName(name).list().stream().findFirst().orElse(null);
    }

    private static boolean sameAs(Filter existing, Filter wanted) {
        return ((FilterEntity) existing).getQueryInternal().equals(((FilterEntity) wanted).getQueryInternal())
                && existing.getProperties().equals(wanted.getProperties());
    }
}
