package com.relaycrm.serviceplan.process;

import static com.relaycrm.process.ProcessVariables.requiredLong;

import com.relaycrm.process.CurrentActor;
import com.relaycrm.serviceplan.ServicePlanService;
import com.relaycrm.serviceplan.process.ServicePlanProcess.Data;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send birthday greeting": emails the member and records the contact in the customer's history. */
@Component("sendBirthdayGreeting")
class SendBirthdayGreetingDelegate implements JavaDelegate {

    private final ServicePlanService plans;
    private final ServicePlanMail mail;
    private final CurrentActor actor;

    SendBirthdayGreetingDelegate(ServicePlanService plans, ServicePlanMail mail, CurrentActor actor) {
        this.plans = plans;
        this.mail = mail;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = requiredLong(execution, Data.PLAN_ID);
        plans.greeted(planId, mail.birthdayGreeting(plans.plan(planId)), actor.userId());
    }
}
