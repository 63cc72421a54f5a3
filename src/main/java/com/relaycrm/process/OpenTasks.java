package com.relaycrm.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
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

    /** How many task ids one identity link query takes. */
    static final int LINKS_BATCH = 500;

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final SystemAccess systemAccess;
    private final JdbcTemplate jdbc;
    private final String identityLinkTable;

    OpenTasks(TaskService taskService, RuntimeService runtimeService, SystemAccess systemAccess,
              ProcessEngineConfiguration configuration) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.systemAccess = systemAccess;
        ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) configuration;
        this.jdbc = new JdbcTemplate(engine.getDataSource());
        this.identityLinkTable = (engine.getDatabaseTablePrefix() == null ? "" : engine.getDatabaseTablePrefix())
                + "ACT_RU_IDENTITYLINK";
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
            Map<String, Candidates> candidates = candidatesOf(tasks);
            List<OpenTaskOn> open = new ArrayList<>();
            for (Task task : tasks) {
                open.add(new OpenTaskOn(keyOfInstance.get(task.getProcessInstanceId()), openTask(task, candidates)));
            }
            return open;
        });
    }

    /** Open tasks of the processes with the business key, oldest first; only those of the given process keys. */
    public List<OpenTask> of(String businessKey, String... processKeys) {
        return systemAccess.call(() -> {
            List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                    .processDefinitionKeyIn(processKeys).orderByTaskCreateTime().asc().list();
            Map<String, Candidates> candidates = candidatesOf(tasks);
            List<OpenTask> open = new ArrayList<>();
            for (Task task : tasks) {
                open.add(openTask(task, candidates));
            }
            return open;
        });
    }

    /** The candidate groups and users of a task, in the order the engine stores them. */
    private record Candidates(List<String> groups, List<String> users) {
        static final Candidates NONE = new Candidates(List.of(), List.of());
    }

    /**
     * The candidate groups and users of all the tasks, from one query per {@value #LINKS_BATCH} tasks (the engine's
     * API reads them one task at a time): the rows {@code TaskService#getIdentityLinksForTask} gives of type
     * candidate.
     */
    private Map<String, Candidates> candidatesOf(List<Task> tasks) {
        Map<String, Candidates> candidates = new HashMap<>();
        List<String> ids = tasks.stream().map(Task::getId).distinct().toList();
        for (int from = 0; from < ids.size(); from += LINKS_BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + LINKS_BATCH));
            jdbc.query("select TASK_ID_, USER_ID_, GROUP_ID_ from " + identityLinkTable + " where TYPE_ = ? and TASK_ID_ in ("
                    + String.join(",", java.util.Collections.nCopies(batch.size(), "?")) + ")", row -> {
                Candidates of = candidates.computeIfAbsent(row.getString(1),
                        id -> new Candidates(new ArrayList<>(), new ArrayList<>()));
                String group = row.getString(3);
                if (group != null) {
                    of.groups().add(group);
                } else {
                    of.users().add(row.getString(2));
                }
            }, java.util.stream.Stream.concat(java.util.stream.Stream.of(IdentityLinkType.CANDIDATE), batch.stream())
                    .toArray());
        }
        return candidates;
    }

    private OpenTask openTask(Task task, Map<String, Candidates> candidates) {
        Candidates links = candidates.getOrDefault(task.getId(), Candidates.NONE);
        return new OpenTask(task.getId(), task.getName(), keyOf(task), task.getAssignee(),
                List.copyOf(links.groups()), List.copyOf(links.users()), task.getCreateTime().toInstant());
    }

    private static String keyOf(Task task) {
        String definitionId = task.getProcessDefinitionId();
        return definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':'));
    }
}
