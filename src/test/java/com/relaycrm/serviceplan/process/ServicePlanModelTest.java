package com.relaycrm.serviceplan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.relaycrm.serviceplan.process.ServicePlanProcess.Data;
import com.relaycrm.serviceplan.process.ServicePlanProcess.Tasks;
import com.relaycrm.serviceplan.process.ServicePlanProcess.Timers;
import com.relaycrm.serviceplan.process.ServicePlanProcess.Variables;
import com.relaycrm.support.ModelMocks;
import com.relaycrm.support.ProcessModelTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * The service-plan diagram alone (fast tier): birthday care waits for the day and greets; any other plan is a task
 * on its date, for a person or a group, with a non-interrupting reminder ahead of it. {@code servicePlans} (the
 * expressions' bean) is a stand-in with fixed dates.
 */
@ProcessModelTest
@Deployment(resources = "processes/service-plan.bpmn")
class ServicePlanModelTest {

    private static final Instant DUE = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    /** What ServicePlanTasks answers, for one plan. */
    public record PlanTasks(String assignee, List<String> candidateGroups) {

        public Date dueAt(DelegateExecution execution) {
            return Date.from(DUE);
        }

        public Date remindAt(DelegateExecution execution) {
            return Date.from(DUE.minus(1, ChronoUnit.DAYS));
        }

        public String assignee(DelegateExecution execution) {
            return assignee;
        }

        public List<String> candidateGroups(DelegateExecution execution) {
            return candidateGroups;
        }
    }

    @Test
    void birthdayCareWaitsForTheDayThenGreetsTheMemberAndEnds() {
        ModelMocks.register("servicePlans", new PlanTasks(null, List.of()));
        ProcessInstance process = started(ServicePlanProcess.BIRTHDAY);

        assertThat(process).isWaitingAt(Timers.BIRTHDAY_DUE);
        assertThat(job(Timers.BIRTHDAY_DUE, process).getDuedate()).isEqualTo(Date.from(DUE));
        execute(job(Timers.BIRTHDAY_DUE, process));

        assertThat(process).isEnded().hasPassedInOrder("SendBirthdayGreeting", "Greeted")
                .hasNotPassed(Tasks.CARRY_OUT);
        assertThat(ModelMocks.calls("sendBirthdayGreeting")).containsExactly("SendBirthdayGreeting");
    }

    @Test
    void anAssignedPlanIsATaskOnItsDateWithAReminderAheadAndItsOutcomeIsRecorded() {
        ModelMocks.register("servicePlans", new PlanTasks("service1", List.of()));
        ProcessInstance process = started("MAINTENANCE");

        assertThat(process).isWaitingAt(Tasks.CARRY_OUT);
        assertThat(task(Tasks.CARRY_OUT, process)).isAssignedTo("service1").hasDueDate(Date.from(DUE));
        assertThat(job(Timers.REMINDER_DUE, process).getDuedate()).isBefore(Date.from(DUE));
        execute(job(Timers.REMINDER_DUE, process));
        assertThat(process).isWaitingAt(Tasks.CARRY_OUT).hasPassed("SendPlanReminder", "Reminded");

        complete(task(Tasks.CARRY_OUT, process),
                withVariables(Variables.PLAN_OUTCOME, "CALLED", Variables.PLAN_RESULT, "Runs fine"));

        assertThat(process).isEnded().hasPassed("RecordPlanOutcome", "PlanCarriedOut")
                .hasNotPassed(Timers.BIRTHDAY_DUE);
        assertThat(ModelMocks.calls("sendPlanReminder")).containsExactly("SendPlanReminder");
        assertThat(ModelMocks.calls("recordPlanOutcome")).containsExactly("RecordPlanOutcome");
    }

    @Test
    void aPlanForAGroupIsOfferedToItsCandidatesAndEndsWithoutAReminderWhenDoneEarly() {
        ModelMocks.register("servicePlans", new PlanTasks(null, List.of("service")));
        ProcessInstance process = started("FOLLOW_UP");

        assertThat(task(Tasks.CARRY_OUT, process)).isNotAssigned().hasCandidateGroup("service");
        complete(task(Tasks.CARRY_OUT, process), withVariables(Variables.PLAN_OUTCOME, "WORK_ORDER"));

        assertThat(process).isEnded().hasNotPassed("SendPlanReminder");
        assertThat(ModelMocks.calls("sendPlanReminder")).isEmpty();
    }

    private static ProcessInstance started(String kind) {
        return runtimeService().startProcessInstanceByKey(ServicePlanProcess.KEY, "SP-1",
                Map.of(Data.PLAN_ID, 1L, Variables.PLAN_KIND, kind));
    }
}
