package com.relaycrm.serviceplan.process;

import static com.relaycrm.process.ProcessVariables.requiredLong;

import com.relaycrm.serviceplan.ServicePlanService;
import com.relaycrm.serviceplan.process.ServicePlanProcess.Data;
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
        execution.setVariable(Data.REMINDERS_SENT, mail.reminder(plans.plan(requiredLong(execution, Data.PLAN_ID))));
    }
}
