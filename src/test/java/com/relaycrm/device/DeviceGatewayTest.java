package com.relaycrm.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.relaycrm.customer.Asset;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.device.handlers.SensorReading;
import com.relaycrm.device.handlers.SensorReadingRepository;
import com.relaycrm.loyalty.Consumption;
import com.relaycrm.loyalty.LoyaltyService;
import com.relaycrm.loyalty.process.CardSwipeProcess.Tasks;
import com.relaycrm.loyalty.process.CardSwipeProcess.Variables;
import com.relaycrm.loyalty.process.CardSwipeProcess;
import com.relaycrm.loyalty.process.ConsumptionPointsProcess;
import com.relaycrm.service.ServiceRequest;
import com.relaycrm.service.ServiceRequestService;
import com.relaycrm.support.Api;
import com.relaycrm.support.DemoUsers;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.ProcessDriver;
import com.relaycrm.support.RelayProcessTest;
import com.relaycrm.support.SocatPty;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The device gateway end to end through real serial I/O: pseudo-terminal pairs made by socat, frames written on the
 * device side, read by jSerialComm, stored, processed into started processes and domain rows.
 */
@RelayProcessTest
class DeviceGatewayTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired ProcessDriver driver;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired DeviceGateway gateway;
    @Autowired FrameStore frames;
    @Autowired SensorReadingRepository readings;
    @Autowired CustomerService customers;
    @Autowired LoyaltyService loyalty;
    @Autowired ServiceRequestService serviceRequests;
    @Autowired Fixtures fixtures;
    @Autowired DemoUsers demoUsers;
    @Autowired Api api;

    private final List<SocatPty> ptys = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();

    @BeforeEach
    void init() {
        SocatPty.requireSocat();
    }

    @AfterEach
    void closePorts() {
        opened.forEach(gateway::close);
        ptys.forEach(SocatPty::close);
        identityService.clearAuthentication();
    }

    @Test
    void aMemberSwipingTheirCardGivesTheClerkTheirRecord() {
        Customer member = fixtures.customer(MemberTier.GOLD);
        Port port = port(DeviceType.CARD);

        port.pty.writeLines(FrameProtocol.frame("CARD|" + port.deviceId + "|" + member.getCardNumber()));

        StoredFrame frame = awaitFrames(port, 1).get(0);
        assertThat(frame.status()).isEqualTo(FrameStatus.PROCESSED);
        assertThat(new String(frame.rawBytes(), StandardCharsets.US_ASCII)).startsWith("CARD|" + port.deviceId);
        ProcessInstance instance = instance(CardSwipeProcess.KEY, CardSwipeProcess.businessKey(frame.id()));
        assertThat(frame.outcome()).contains(instance.getId());
        assertThat(instance).isWaitingAt(Tasks.SERVE_MEMBER).variables()
                .containsEntry(Variables.MEMBER_FOUND, true)
                .containsEntry(Variables.CUSTOMER_NAME, member.getName())
                .containsEntry(Variables.CUSTOMER_CODE, member.getCode())
                .containsEntry(Variables.MEMBER_TIER, "GOLD")
                .containsEntry(Variables.CARD_NUMBER, member.getCardNumber())
                .containsKeys(CardSwipeProcess.Data.POINTS_AVAILABLE, CardSwipeProcess.Data.POINTS_ACCUMULATED,
                        Variables.POINTS_AVAILABLE_TEXT, Variables.POINTS_ACCUMULATED_TEXT);
        assertThat(task(instance)).hasCandidateGroup("sales").hasCandidateGroup("service");
        // the clerk's group sees the task, others do not
        assertThat(demoUsers.actAs("sales1", () -> taskService.createTaskQuery()
                .processInstanceId(instance.getId()).count())).isEqualTo(1);
        assertThat(demoUsers.actAs("finance1", () -> taskService.createTaskQuery()
                .processInstanceId(instance.getId()).count())).isZero();
        driver.complete(instance, Tasks.SERVE_MEMBER, "sales1",
                Map.of(Variables.SERVICE_NOTE, "Told her about the points"));
        assertThat(instance).isEnded().hasPassed("MemberServed");
    }

    @Test
    void anUnknownCardAsksTheClerkToRegisterTheMember() {
        Port port = port(DeviceType.CARD);
        String card = "NEW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        port.pty.writeLines(FrameProtocol.frame("CARD|" + port.deviceId + "|" + card));

        StoredFrame frame = awaitFrames(port, 1).get(0);
        assertThat(frame.status()).isEqualTo(FrameStatus.PROCESSED);
        ProcessInstance instance = instance(CardSwipeProcess.KEY, CardSwipeProcess.businessKey(frame.id()));
        assertThat(instance).isWaitingAt(Tasks.REGISTER_MEMBER).variables()
                .containsEntry(Variables.MEMBER_FOUND, false);
        assertThat(customers.memberByCard(card)).isEmpty();

        driver.complete(instance, Tasks.REGISTER_MEMBER, "sales1",
                Map.of(Variables.MEMBER_NAME, "Zhao Lei", Variables.PHONE, "137-0000-0001"));

        assertThat(instance).isWaitingAt("GrantRegistrationBonus");
        execute(job(instance));
        assertThat(instance).isEnded().hasPassed("MemberRegistered");
        Customer member = customers.memberByCard(card).orElseThrow();
        assertThat(member.getName()).isEqualTo("Zhao Lei");
        assertThat(member.getOwnerId()).isEqualTo("sales1");
        assertThat(loyalty.account(member.getId()).orElseThrow().getAvailablePoints()).isPositive();
    }

    @Test
    void aPosTransactionIsAConsumptionOnceEvenWhenTheTerminalSendsItTwice() {
        Customer member = fixtures.customer(MemberTier.STANDARD);
        Port port = port(DeviceType.POS);
        String tx = "TX" + UUID.randomUUID().toString().substring(0, 8);
        String frameText = FrameProtocol.frame("POS|" + port.deviceId + "|" + tx + "|" + member.getCardNumber()
                + "|1250.50|COMPUTER:1000.00|GROCERY:250.50");

        port.pty.writeLines(frameText, frameText,
                FrameProtocol.frame("POS|" + port.deviceId + "|TX-OTHER|NO-SUCH-CARD|10.00"),
                FrameProtocol.frame("POS|" + port.deviceId + "|TX-SUM|" + member.getCardNumber()
                        + "|99.00|COMPUTER:10.00"));

        List<StoredFrame> stored = awaitFrames(port, 4);
        assertThat(stored).extracting(StoredFrame::status).containsExactly(FrameStatus.PROCESSED,
                FrameStatus.PROCESSED, FrameStatus.REJECTED, FrameStatus.REJECTED);
        assertThat(stored.get(1).outcome()).contains("already reported");
        assertThat(stored.get(2).reason()).contains("unknown card NO-SUCH-CARD");
        assertThat(stored.get(3).reason()).contains("lines").contains("add up to 10.00");

        String externalId = port.deviceId + "-" + tx;
        Consumption consumption = loyalty.consumption("POS", externalId).orElseThrow();
        assertThat(consumption.getCustomerId()).isEqualTo(member.getId());
        assertThat(consumption.getAmount()).isEqualByComparingTo("1250.50");
        assertThat(consumption.getPointsEntryId()).isNotNull();
        assertThat(loyalty.entries(member.getId())).hasSize(1);
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ConsumptionPointsProcess.KEY)
                .processInstanceBusinessKey(ConsumptionPointsProcess.businessKey("POS", externalId)).count()).isEqualTo(1);
    }

    @Test
    void aSensorOverItsThresholdOpensOneServiceRequestAndNormalReadingsAreHistoryOnly() {
        Customer owner = fixtures.company();
        Asset printer = fixtures.assetInWarranty(owner);   // PRINTER: temperature 5..45 in alerts-sensors
        Port port = port(DeviceType.SENS);
        String prefix = "SENS|" + port.deviceId + "|" + printer.getSerialNumber() + "|temperature|";
        Instant at = Instant.parse("2026-11-20T08:00:00Z");

        port.pty.writeLines(FrameProtocol.frame(prefix + "31.5|" + at),
                FrameProtocol.frame(prefix + "71.0|" + at.plusSeconds(60)),
                FrameProtocol.frame(prefix + "80.2|" + at.plusSeconds(120)),
                FrameProtocol.frame("SENS|" + port.deviceId + "|NO-SUCH-ASSET|temperature|20|" + at));

        List<StoredFrame> stored = awaitFrames(port, 4);
        assertThat(stored).extracting(StoredFrame::status).containsExactly(FrameStatus.PROCESSED,
                FrameStatus.PROCESSED, FrameStatus.PROCESSED, FrameStatus.REJECTED);
        assertThat(stored.get(3).reason()).isEqualTo("unknown asset NO-SUCH-ASSET");

        List<SensorReading> history = readings.findByAssetIdOrderById(printer.getId());
        assertThat(history).extracting(SensorReading::isBreach).containsExactly(false, true, true);
        assertThat(history.get(0).getServiceRequestId()).isNull();
        assertThat(history.get(0).getLimitMax()).isEqualByComparingTo("45");
        Long requestId = history.get(1).getServiceRequestId();
        assertThat(requestId).isNotNull();
        assertThat(history.get(2).getServiceRequestId()).isEqualTo(requestId);

        ServiceRequest request = serviceRequests.openRequestForAsset(printer.getId()).orElseThrow();
        assertThat(request.getId()).isEqualTo(requestId);
        assertThat(request.getSubject()).contains("temperature 71.0");
        assertThat(stored.get(1).outcome()).contains(request.getRequestNumber() + " opened");
        assertThat(stored.get(2).outcome()).contains(request.getRequestNumber() + " already open");
        assertThat(instance("service-request", request.getRequestNumber())).isStarted();
    }

    @Test
    void badFramesAreStoredAsRejectedWithTheReasonAndTheReaderCarriesOn() {
        Port port = port(DeviceType.CARD);
        String good = FrameProtocol.frame("CARD|" + port.deviceId + "|NEW-" + UUID.randomUUID().toString()
                .substring(0, 8));
        String badChecksum = good.substring(0, good.length() - 2) + (good.endsWith("00") ? "01" : "00");

        port.pty.write(new byte[] {(byte) 0xFF, 0x01, 'x', '\n'});
        port.pty.writeLines(badChecksum,
                FrameProtocol.frame("CARD|SOMEONE-ELSE|6200000000000003"),
                "A".repeat(400),
                FrameProtocol.frame("SENS|" + port.deviceId + "|IP500-2025-0001|temperature|20|2026-11-20T08:00:00Z"),
                "CARD|" + port.deviceId + "|6200000000000003",
                FrameProtocol.frame("CARD|" + port.deviceId),
                good);

        List<StoredFrame> stored = awaitFrames(port, 8);
        assertThat(stored).extracting(StoredFrame::reason).satisfiesExactly(
                reason -> assertThat(reason).startsWith("garbage: byte 0xFF"),
                reason -> assertThat(reason).startsWith("bad checksum"),
                reason -> assertThat(reason).startsWith("unknown device 'SOMEONE-ELSE'"),
                reason -> assertThat(reason).startsWith("oversize"),
                reason -> assertThat(reason).startsWith("unexpected SENS frame on a CARD port"),
                reason -> assertThat(reason).startsWith("garbage: no *checksum"),
                reason -> assertThat(reason).startsWith("malformed CARD frame"),
                reason -> assertThat(reason).isNull());
        assertThat(stored.get(3).rawBytes()).hasSize(256);
        assertThat(stored.get(7).status()).isEqualTo(FrameStatus.PROCESSED);
        PortState state = gateway.port(port.path()).orElseThrow();
        assertThat(state.open()).isTrue();
        assertThat(state.framesStored()).isEqualTo(8);
        assertThat(state.framesRejected()).isEqualTo(7);
    }

    @Test
    void aPortThatVanishesIsReopenedWhenItComesBackAndOtherPortsKeepWorking() {
        Port port = port(DeviceType.CARD);
        String missing = "/tmp/relay-no-such-port-" + UUID.randomUUID();
        gateway.open(new PortConfig(missing, 9600, "8N1", DeviceType.CARD, "MISSING"));
        opened.add(missing);
        port.pty.writeLines(FrameProtocol.frame("CARD|" + port.deviceId + "|NEW-A0000001"));
        awaitFrames(port, 1);

        port.pty.close();
        await().atMost(WAIT).until(() -> !gateway.port(port.path()).orElseThrow().open());
        port.pty.restart();
        await().atMost(WAIT).until(() -> gateway.port(port.path()).orElseThrow().open());
        port.pty.writeLines(FrameProtocol.frame("CARD|" + port.deviceId + "|NEW-A0000002"));

        List<StoredFrame> stored = awaitFrames(port, 2);
        assertThat(stored).extracting(StoredFrame::status).containsOnly(FrameStatus.PROCESSED);
        PortState state = gateway.port(port.path()).orElseThrow();
        assertThat(state.reconnects()).isGreaterThanOrEqualTo(1);
        assertThat(state.readErrors()).isGreaterThanOrEqualTo(1);
        assertThat(state.lastError()).isNotBlank();
        PortState bad = gateway.port(missing).orElseThrow();
        assertThat(bad.open()).isFalse();
        assertThat(bad.lastError()).isNotBlank();
    }

    @Test
    void portStatusIsForAdministratorsAndServiceManagersAndInTheHealthEndpoint() {
        Port port = port(DeviceType.SENS);
        await().atMost(WAIT).until(() -> gateway.port(port.path()).orElseThrow().open());

        assertThat(api.get("demo", "/api/devices/ports").getBody()).contains(port.path()).contains("\"open\":true");
        assertThat(api.get("servicemgr1", "/api/devices/ports").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.get("demo", "/api/devices/frames?port=" + port.path()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(api.get("sales1", "/api/devices/ports").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get("service1", "/api/devices/frames").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get(null, "/api/devices/ports").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.get("demo", "/api/devices/frames?limit=0").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        String health = api.get("demo", "/actuator/health").getBody();
        assertThat(health).contains("\"devicePorts\"").contains(port.path());
    }

    // ---------------------------------------------------------------- helpers

    record Port(SocatPty pty, String path, String deviceId) {}

    private Port port(DeviceType type) {
        SocatPty pty = SocatPty.start();
        ptys.add(pty);
        String deviceId = type.name().charAt(0) + "-" + UUID.randomUUID().toString().substring(0, 8);
        gateway.open(new PortConfig(pty.gatewaySide(), 115200, "8N1", type, deviceId));
        opened.add(pty.gatewaySide());
        await().atMost(WAIT).until(() -> gateway.port(pty.gatewaySide()).orElseThrow().open());
        return new Port(pty, pty.gatewaySide(), deviceId);
    }

    /** Waits until the port has this many frames and none is waiting; returns them oldest first. */
    private List<StoredFrame> awaitFrames(Port port, int count) {
        await().atMost(WAIT).until(() -> {
            Map<FrameStatus, Long> counts = frames.countByStatus(port.path());
            return counts.get(FrameStatus.RECEIVED) == 0
                    && counts.values().stream().mapToLong(Long::longValue).sum() >= count;
        });
        List<StoredFrame> stored = new ArrayList<>(frames.recent(port.path(), null, 500));
        java.util.Collections.reverse(stored);
        return stored;
    }

    private ProcessInstance instance(String key, String businessKey) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(key)
                .processInstanceBusinessKey(businessKey).singleResult();
        assertThat(instance).as(key + " " + businessKey).isNotNull();
        return instance;
    }
}
