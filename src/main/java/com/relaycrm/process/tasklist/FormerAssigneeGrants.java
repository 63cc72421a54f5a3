package com.relaycrm.process.tasklist;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A task's grant to a person lasts as long as the task is theirs. The engine grants the assignee and the owner of a
 * task READ and UPDATE on it ({@link DefaultAuthorizationProvider}) and never takes that back: after a task went to
 * someone else, its former assignee still read its variables and form data and could assign it back to themself
 * through the engine REST API. Here the former assignee's (or former owner's) user grant on the task is removed when
 * the task changes hands, unless they still hold it another way: as its owner or assignee, or as one of its candidate
 * users (whose grant is the same row). Group grants are untouched.
 */
@Component
class FormerAssigneeGrants extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider());
    }

    static class Provider extends DefaultAuthorizationProvider {

        @Override
        public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
            revokeIfGone(task, oldAssignee, newAssignee);
            return super.newTaskAssignee(task, oldAssignee, newAssignee);
        }

        @Override
        public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
            revokeIfGone(task, oldOwner, newOwner);
            return super.newTaskOwner(task, oldOwner, newOwner);
        }

        private static void revokeIfGone(Task task, String former, String now) {
            if (former == null || former.equals(now) || former.equals(task.getAssignee())
                    || former.equals(task.getOwner()) || isCandidateUser(task, former)) {
                return;
            }
            Context.getCommandContext().getAuthorizationManager()
                    .deleteAuthorizationsByResourceIdAndUserId(Resources.TASK, task.getId(), former);
        }

        private static boolean isCandidateUser(Task task, String userId) {
            return task instanceof TaskEntity entity && entity.getIdentityLinks().stream()
                    .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                            && userId.equals(link.getUserId()));
        }
    }
}
