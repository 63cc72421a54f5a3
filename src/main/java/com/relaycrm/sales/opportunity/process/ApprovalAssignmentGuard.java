package com.relaycrm.sales.opportunity.process;

import com.relaycrm.sales.opportunity.StagePromotion;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Separation of duties on "Approve the promotion": the task is never assigned to someone who asked for the approval
 * (the opportunity's owner, the author of the discounted quote) — not by claiming it as a sales manager, nor by a
 * transfer or a delegation to them — so that they cannot prepare the answer for another manager to complete. The
 * answer itself is re-checked when it is recorded ({@link StagePromotion#approve}). Added to the diagram's task when
 * the engine parses it, so a redeployed diagram keeps it.
 */
@Component
class ApprovalAssignmentGuard extends AbstractProcessEnginePlugin {

    private final ObjectProvider<StagePromotion> promotion;

    ApprovalAssignmentGuard(ObjectProvider<StagePromotion> promotion) {
        this.promotion = promotion;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new java.util.ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
                        && OpportunityProcess.KEY.equals(definition.getKey())
                        && OpportunityProcess.Tasks.APPROVE.equals(activity.getId())) {
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                            .addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, ApprovalAssignmentGuard.this::assigned);
                }
            }
        });
    }

    private void assigned(DelegateTask task) {
        if (task.getAssignee() != null) {
            promotion.getObject().requireMayApprove(task.getProcessInstanceId(), task.getAssignee());
        }
    }
}
