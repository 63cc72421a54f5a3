package com.relaycrm.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

    /** An open task with the business key of the record it is on. */
    public record OpenTaskOn(String businessKey, OpenTask task) {
    }

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final SystemAccess systemAccess;

    OpenTasks(TaskService taskService, RuntimeService runtimeService, SystemAccess systemAccess) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.systemAccess = systemAccess;
    }

    /**
     * Open tasks on any of the records (business keys) in the processes with the given keys, oldest first, each
     * with its record's key: one task query and one process instance query for all the records, not one per record.
     */
    public List<OpenTaskOn> ofAll(Collection<String> businessKeys, String... processKeys) {
        if (businessKeys.isEmpty() || processKeys.length == 0) {
            return List.of();
        }
        return systemAccess.call(() -> {
            List<Task> tasks = taskService.createTaskQuery()
                    .processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new))
                    .processDefinitionKeyIn(processKeys).orderByTaskCreateTime().asc().list();
            if (tasks.isEmpty()) {
                return List.<OpenTaskOn>of();
            }
            Set<String> instances = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
            Map<String, String> keyOfInstance = runtimeService.createProcessInstanceQuery()
                    .processInstanceIds(instances).list().stream()
                    .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
            List<OpenTaskOn> open = new ArrayList<>();
            for (Task task : tasks) {
                open.add(new OpenTaskOn(keyOfInstance.get(task.getProcessInstanceId()), openTask(task)));
            }
            return open;
        });
    }

    /** Open tasks of the processes with the business key, oldest first; only those of the given process keys. */
    public List<OpenTask> of(String businessKey, String... processKeys) {
        return systemAccess.call(() -> {
            List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                    .processDefinitionKeyIn(processKeys).orderByTaskCreateTime().asc().list();
            List<OpenTask> open = new ArrayList<>();
            for (Task task : tasks) {
                open.add(openTask(task));
            }
            return open;
        });
    }

    private OpenTask openTask(Task task) {
        Map<String, List<String>> links = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .collect(Collectors.groupingBy(link -> link.getGroupId() != null ? "group" : "user",
                        Collectors.mapping(link -> link.getGroupId() != null ? link.getGroupId()
                                : link.getUserId(), Collectors.toList())));
        return new OpenTask(task.getId(), task.getName(), keyOf(task), task.getAssignee(),
                links.getOrDefault("group", List.of()), links.getOrDefault("user", List.of()),
                task.getCreateTime().toInstant());
    }

    private static String keyOf(Task task) {
        String definitionId = task.getProcessDefinitionId();
        return definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':'));
    }
}
