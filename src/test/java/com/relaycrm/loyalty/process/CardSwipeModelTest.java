package com.relaycrm.loyalty.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.relaycrm.loyalty.process.CardSwipeProcess.Data;
import com.relaycrm.loyalty.process.CardSwipeProcess.Tasks;
import com.relaycrm.loyalty.process.CardSwipeProcess.Variables;
import com.relaycrm.support.ModelMocks;
import com.relaycrm.support.ProcessModelTest;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** The card-swipe diagram alone (fast tier): a known member is served, an unknown card registered with a bonus. */
@ProcessModelTest
@Deployment(resources = "processes/card-swipe.bpmn")
class CardSwipeModelTest {

    @Test
    void aKnownMembersSwipeGivesTheCounterTheirRecordAndEndsWhenServed() {
        ModelMocks.onExecution("identifyCardMember", execution -> execution.setVariables(Map.of(
                Variables.MEMBER_FOUND, true, Data.CUSTOMER_ID, 5L, Variables.CUSTOMER_NAME, "Li Wei")));

        ProcessInstance process = start();

        assertThat(process).isWaitingAt(Tasks.SERVE_MEMBER).hasNotPassed(Tasks.REGISTER_MEMBER);
        assertThat(task(process)).hasCandidateGroup("sales").hasCandidateGroup("service");
        complete(task(process), Map.of(Variables.SERVICE_NOTE, "Asked about the points"));
        assertThat(process).isEnded().hasPassedInOrder("IdentifyMember", Tasks.SERVE_MEMBER, "MemberServed");
        assertThat(ModelMocks.calls("registerCardMember")).isEmpty();
    }

    @Test
    void anUnknownCardIsRegisteredAndTheBonusGrantedAfterTheRegistrationCommits() {
        ModelMocks.onExecution("identifyCardMember", execution -> execution.setVariable(Variables.MEMBER_FOUND, false));
        ModelMocks.onExecution("registerCardMember", execution -> execution.setVariable(Data.CUSTOMER_ID, 9L));

        ProcessInstance process = start();
        assertThat(process).isWaitingAt(Tasks.REGISTER_MEMBER);
        complete(task(process), Map.of(Variables.MEMBER_NAME, "Zhang San", Variables.PHONE, "13800000000"));

        assertThat(process).isWaitingAt("GrantRegistrationBonus").hasPassed("RecordRegistration");
        assertThat(ModelMocks.calls("grantRegistrationBonus")).as("not before the registration commits").isEmpty();
        execute(job(process));
        assertThat(process).isEnded().hasPassed("MemberRegistered");
        assertThat(ModelMocks.calls("grantRegistrationBonus")).containsExactly("GrantRegistrationBonus");
    }

    @Test
    void aFailingBonusStaysAJobToRetryWhileTheRegistrationIsKept() {
        ModelMocks.onExecution("identifyCardMember", execution -> execution.setVariable(Variables.MEMBER_FOUND, false));
        ModelMocks.onExecution("grantRegistrationBonus", execution -> {
            throw new IllegalStateException("ledger unavailable");
        });
        ProcessInstance process = start();
        complete(task(process), Map.of(Variables.MEMBER_NAME, "Zhang San"));

        assertThatThrownBy(() -> execute(job(process))).hasMessageContaining("ledger unavailable");
        assertThat(process).isWaitingAt("GrantRegistrationBonus").hasPassed("RecordRegistration");
    }

    private static ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(CardSwipeProcess.KEY, CardSwipeProcess.businessKey(42),
                Map.of(Data.FRAME_ID, 42L, Variables.DEVICE_ID, "CARD-01", Variables.CARD_NUMBER, "6222000011112222",
                        Data.SWIPED_AT, new Date()));
    }
}
