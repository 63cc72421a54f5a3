package com.relaycrm.serviceplan.process;

import com.relaycrm.customer.Customer;
import com.relaycrm.process.ProcessGateway;
import com.relaycrm.process.ProcessStarter;
import com.relaycrm.serviceplan.ServicePlan;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The {@code service-plan} process ({@code processes/service-plan.bpmn}): one generated plan, a birthday greeting on
 * the day or a task carried out on its date with a reminder ahead. Owns the names its diagram, its form and its
 * delegates share, and is the only code that starts it.
 */
@Component
@ProcessGateway(ServicePlanProcess.KEY)
public class ServicePlanProcess {

    public static final String KEY = "service-plan";

    private final ProcessStarter processStarter;

    ServicePlanProcess(ProcessStarter processStarter) {
        this.processStarter = processStarter;
    }

    /** The business key of a plan's process: SP-id. */
    public static String businessKey(long planId) {
        return "SP-" + planId;
    }

    /** Starts the process of a stored plan (business key SP-id); returns the process instance id. */
    public String start(ServicePlan plan, Customer customer) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Data.PLAN_ID, plan.getId());
        variables.put(Variables.PLAN_KIND, plan.getTemplateKind().name());
        variables.put(Variables.SUBJECT, plan.getSubject());
        variables.put(Variables.CUSTOMER_NAME, customer.getName());
        variables.put(Variables.CUSTOMER_PHONE, customer.getPhone() == null ? "" : customer.getPhone());
        variables.put(Variables.DUE_DATE, plan.getDueDate().toString());
        variables.put(Variables.PLAN_REFERENCE, plan.getSourceReference() == null ? "" : plan.getSourceReference());
        return processStarter.start(KEY, businessKey(plan.getId()), variables).getId();
    }

    public static final class Tasks {
        public static final String CARRY_OUT = "CarryOutPlan";

        private Tasks() {
        }
    }

    public static final class Timers {
        /** Birthday care: the greeting goes out at the start of the plan's day. */
        public static final String BIRTHDAY_DUE = "BirthdayDue";
        /** Non-interrupting, on the task: relay.service-plans.remind-before ahead of the plan's date. */
        public static final String REMINDER_DUE = "PlanReminderDue";

        private Timers() {
        }
    }

    public static final class Forms {
        public static final String EXECUTION = "service-plan-execution";

        private Forms() {
        }
    }

    public static final class Variables {
        /** The plan's kind (PlanKind): BIRTHDAY takes the greeting path. */
        public static final String PLAN_KIND = "planKind";
        public static final String SUBJECT = "subject";
        public static final String CUSTOMER_NAME = "customerName";
        public static final String CUSTOMER_PHONE = "customerPhone";
        public static final String DUE_DATE = "dueDate";
        public static final String PLAN_REFERENCE = "planReference";
        /** CALLED or WORK_ORDER (PlanOutcome). */
        public static final String PLAN_OUTCOME = "planOutcome";
        public static final String PLAN_RESULT = "planResult";

        private Variables() {
        }
    }

    public static final class Data {
        public static final String PLAN_ID = "planId";
        /** Set when the plan was turned into a work order: the service request opened for it. */
        public static final String SERVICE_REQUEST_ID = "serviceRequestId";
        public static final String REMINDERS_SENT = "remindersSent";

        private Data() {
        }
    }

    /** The value of {@link Variables#PLAN_KIND} that takes the birthday path. */
    public static final String BIRTHDAY = "BIRTHDAY";
}
