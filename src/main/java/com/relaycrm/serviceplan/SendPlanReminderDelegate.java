package com.relaycrm.serviceplan;

import static com.relaycrm.process.ProcessVariables.requiredLong;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Remind": emails whoever carries the plan out that it is due soon; sets remindersSent. */
@Component("sendPlanReminder")
class SendPlanReminderDelegate implements JavaDelegate {

    private final ServicePlanService plans;
    private final ServicePlanMail mail;

    SendPlanReminderDelegate(ServicePlanService plans, ServicePlanMail mail) {
        this.plans = plans;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("remindersSent", mail.reminder(plans.plan(requiredLong(execution, ServicePlanTasks.PLAN_ID))));
    }
}
