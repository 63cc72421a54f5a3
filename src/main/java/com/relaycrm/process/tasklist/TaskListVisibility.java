package com.relaycrm.process.tasklist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which tasks a person's task lists show (Tasklist's filters, {@code GET /engine-rest/task}, the Java task query),
 * answered from the task's own columns and identity links instead of the engine's per-task authorization rows.
 *
 * <p>The engine gives every candidate group, candidate user and assignee of a task an authorization row of its own,
 * and checks a task query by joining those rows with {@code RESOURCE_ID_ IN (task id, definition key, '*')}: one
 * probe per candidate task, so a list of 15 out of 10,000 group tasks costs 10,000 probes, and a plan from stale
 * statistics makes it quadratic. For a person who is not an administrator this check is replaced, for task
 * <em>queries</em> only, by the same rule stated on the task: they see a task they are assignee, owner or candidate
 * user of, or whose candidate group is one of theirs (assigned or not), plus every task of a process definition on
 * which they hold {@code READ_TASK}; with {@code READ} on all tasks or {@code READ_TASK} on all definitions they see
 * all. The indexes on assignee, owner and identity links answer that directly.
 *
 * <p>Everything else stays with the engine: claiming, completing, reading variables or a form checks the task's
 * authorization rows as before, so nobody acts on a task that was not given to them. Per-task grants made by hand in
 * Camunda Admin and REVOKE authorizations on tasks are not reflected in lists (they still govern those commands).
 */
@Component
class TaskListVisibility extends AbstractProcessEnginePlugin {

    private final boolean byInvolvement;
    private final int groupFilterThreshold;

    /**
     * @param visibility {@code relay.task-lists.visibility}: {@code involvement} (default) or {@code engine}
     *                   (per-task rows)
     * @param groupFilterThreshold {@code relay.authorization.group-filter-threshold}: see
     *                   {@link InvolvementAuthorizationManager#filterAuthenticatedGroupIds}
     */
    TaskListVisibility(@Value("${relay.task-lists.visibility:involvement}") String visibility,
                       @Value("${relay.authorization.group-filter-threshold:20}") int groupFilterThreshold) {
        if (!visibility.equals("involvement") && !visibility.equals("engine")) {
            throw new IllegalArgumentException("relay.task-lists.visibility must be involvement or engine, not "
                    + visibility);
        }
        if (groupFilterThreshold < 0) {
            throw new IllegalArgumentException("relay.authorization.group-filter-threshold must be 0 or more, not "
                    + groupFilterThreshold);
        }
        this.byInvolvement = visibility.equals("involvement");
        this.groupFilterThreshold = groupFilterThreshold;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!byInvolvement && groupFilterThreshold == 0) {
            return;
        }
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new InvolvementAuthorizationManager(byInvolvement, groupFilterThreshold);
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    /** The engine's authorization manager, but task queries are checked by involvement (see the class comment). */
    static class InvolvementAuthorizationManager extends AuthorizationManager {

        private final boolean byInvolvement;
        private final int groupFilterThreshold;

        InvolvementAuthorizationManager(boolean byInvolvement, int groupFilterThreshold) {
            this.byInvolvement = byInvolvement;
            this.groupFilterThreshold = groupFilterThreshold;
        }

        /**
         * The engine narrows the user's groups to those named in any authorization before each check, by reading
         * {@code SELECT distinct GROUP_ID_ FROM ACT_RU_AUTHORIZATION} in every command: with a row per candidate
         * group of every open task that is a scan of 100,000 rows (about 50 ms on PostgreSQL) in front of every
         * task list, claim and completion (camunda-bpm-platform issue 5485). For a user with at most
         * {@code relay.authorization.group-filter-threshold} groups the narrowing is skipped: a group named in no
         * authorization matches no row of the {@code GROUP_ID_ IN (...)} checks either, so every answer stays the
         * same, and a short list needs no narrowing. 0 keeps the engine's behaviour.
         */
        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds != null && !authenticatedGroupIds.isEmpty()
                    && authenticatedGroupIds.size() <= groupFilterThreshold) {
                return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
            }
            return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
        }

        @Override
        public void configureTaskQuery(TaskQueryImpl query) {
            super.configureTaskQuery(query);
            if (!byInvolvement) {
                return;
            }
            AuthorizationCheck check = query.getAuthCheck();
            if (!check.isAuthorizationCheckEnabled()) {
                return; // no authenticated user, an administrator, or the engine's own query
            }
            String userId = check.getAuthUserId();
            List<String> groupIds = check.getAuthGroupIds() == null ? List.of() : check.getAuthGroupIds();
            check.setAuthorizationCheckEnabled(false);
            if (asksForOwnTasksOnly(query, userId, groupIds)) {
                return; // "My tasks", "My group tasks", candidateGroup=<my group>: the question is the answer
            }
            if (isAuthorized(userId, groupIds, Permissions.READ, Resources.TASK, Authorization.ANY)) {
                return;
            }
            Set<String> definitions = definitionsWithReadTask(userId, groupIds);
            if (definitions.contains(Authorization.ANY)) {
                return; // READ_TASK on every process definition
            }
            TaskQueryImpl involved = new TaskQueryImpl();
            involved.setOrQueryActive();
            involved.taskInvolvedUser(userId);
            if (!groupIds.isEmpty()) {
                involved.taskCandidateGroupIn(groupIds);
                involved.includeAssignedTasks();
            }
            if (!definitions.isEmpty()) {
                involved.processDefinitionKeyIn(definitions.toArray(String[]::new));
            }
            query.addOrQuery(involved);
        }

        /**
         * Whether the query itself already keeps to the person's own tasks: assigned to, owned by, involving or
         * offered to them, or offered to groups that are all theirs. Its other conditions only narrow it further.
         */
        private static boolean asksForOwnTasksOnly(TaskQueryImpl query, String userId, List<String> groupIds) {
            if (userId.equals(query.getAssignee()) || userId.equals(query.getOwner())
                    || userId.equals(query.getInvolvedUser()) || userId.equals(query.getCandidateUser())) {
                return true;
            }
            List<String> groups = query.getCandidateGroup() != null ? List.of(query.getCandidateGroup())
                    : query.getCandidateGroupsInternal();
            return groups != null && !groups.isEmpty() && query.getCandidateGroupLike() == null
                    && groupIds.containsAll(groups);
        }

        /** Keys of the process definitions on which the user or one of their groups holds READ_TASK. */
        private static Set<String> definitionsWithReadTask(String userId, List<String> groupIds) {
            AuthorizationService authorizations = Context.getProcessEngineConfiguration().getAuthorizationService();
            return Context.getCommandContext().runWithoutAuthorization(() -> {
                Set<String> keys = new LinkedHashSet<>();
                authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                        .resourceType(Resources.PROCESS_DEFINITION)
                        .hasPermission(ProcessDefinitionPermissions.READ_TASK).userIdIn(userId, Authorization.ANY)
                        .list().forEach(a -> keys.add(a.getResourceId()));
                if (!groupIds.isEmpty()) {
                    authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                            .resourceType(Resources.PROCESS_DEFINITION)
                            .hasPermission(ProcessDefinitionPermissions.READ_TASK)
                            .groupIdIn(groupIds.toArray(String[]::new))
                            .list().forEach(a -> keys.add(a.getResourceId()));
                }
                return keys;
            });
        }
    }
}
