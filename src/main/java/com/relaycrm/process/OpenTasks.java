package com.relaycrm.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What is open now on a record: the current tasks of its processes (found by the process instance business key),
 * who holds them and since when. Read from the engine with system access, so a record page shows the tasks whoever
 * holds them; callers must have checked the viewer's permission on the record first.
 */
@Component
public class OpenTasks {

    /** One open task; {@code assignee} null while it waits in the candidate groups or users. */
    public record OpenTask(String id, String name, String processDefinitionKey, String assignee,
                           List<String> candidateGroups, List<String> candidateUsers, Instant since) {
    }

    private final TaskService taskService;
    private final SystemAccess systemAccess;

    OpenTasks(TaskService taskService, SystemAccess systemAccess) {
        this.taskService = taskService;
        this.systemAccess = systemAccess;
    }

    /** Open tasks of the processes with the business key, oldest first; only those of the given process keys. */
    public List<OpenTask> of(String businessKey, String... processKeys) {
        return systemAccess.call(() -> {
            List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                    .processDefinitionKeyIn(processKeys).orderByTaskCreateTime().asc().list();
            List<OpenTask> open = new ArrayList<>();
            for (Task task : tasks) {
                Map<String, List<String>> links = taskService.getIdentityLinksForTask(task.getId()).stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                        .collect(Collectors.groupingBy(link -> link.getGroupId() != null ? "group" : "user",
                                Collectors.mapping(link -> link.getGroupId() != null ? link.getGroupId()
                                        : link.getUserId(), Collectors.toList())));
                open.add(new OpenTask(task.getId(), task.getName(), keyOf(task), task.getAssignee(),
                        links.getOrDefault("group", List.of()), links.getOrDefault("user", List.of()),
                        task.getCreateTime().toInstant()));
            }
            return open;
        });
    }

    private static String keyOf(Task task) {
        String definitionId = task.getProcessDefinitionId();
        return definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':'));
    }
}
