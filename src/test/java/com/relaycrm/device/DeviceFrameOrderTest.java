package com.relaycrm.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.relaycrm.customer.Asset;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.device.handlers.FrameHandler;
import com.relaycrm.device.handlers.PosTransactionHandler;
import com.relaycrm.device.handlers.SensorReading;
import com.relaycrm.device.handlers.SensorReadingRepository;
import com.relaycrm.loyalty.LoyaltyService;
import com.relaycrm.process.EngineBatch;
import com.relaycrm.service.ServiceRequestService;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Frames that arrive close together, processed by several workers on each of two nodes (this application's processor
 * and a second one on the same database): the frames of one device are done one at a time in the order they
 * arrived, and the handlers stay right when frames of different devices race on one asset or one transaction.
 * Each case is repeated ({@code -Ddevice.race.rounds=N}, {@value #ROUNDS} by default) since a race shows only
 * sometimes.
 */
@RelayIntegrationTest
class DeviceFrameOrderTest {

    private static final int ROUNDS = 6;
    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");

    @Autowired FrameStore store;
    @Autowired FrameProcessor nodeA;
    @Autowired EngineBatch engineBatch;
    @Autowired PlatformTransactionManager transactions;
    @Autowired List<FrameHandler> handlers;
    @Autowired DeviceProperties properties;
    @Autowired SensorReadingRepository readings;
    @Autowired ServiceRequestService serviceRequests;
    @Autowired LoyaltyService loyalty;
    @Autowired PosTransactionHandler posHandler;
    @Autowired Fixtures fixtures;

    private static int rounds() {
        return Integer.getInteger("device.race.rounds", ROUNDS);
    }

    @Test
    void theFramesOfOneDeviceAreProcessedInTheOrderTheyArrived() {
        assertThat(properties.getProcessor().getThreads()).as("workers per node").isGreaterThan(1);
        record Round(Asset asset, Customer member, PortConfig sensor, PortConfig pos, String tx) {}
        List<Round> rounds = new ArrayList<>();
        FrameProcessor nodeB = new FrameProcessor(store, engineBatch, transactions, handlers, properties);
        nodeB.start();
        try {
            for (int i = 0; i < rounds(); i++) {
                Round round = new Round(fixtures.assetInWarranty(fixtures.company()),
                        fixtures.customer(MemberTier.STANDARD), port(DeviceType.SENS), port(DeviceType.POS),
                        "TX" + UUID.randomUUID().toString().substring(0, 8));
                rounds.add(round);
                String sensor = "SENS|" + round.sensor().deviceId() + "|" + round.asset().getSerialNumber()
                        + "|temperature|";
                String pos = "POS|" + round.pos().deviceId() + "|" + round.tx() + "|"
                        + round.member().getCardNumber() + "|120.00|GROCERY:120.00";
                // a burst, each frame woken on its own as the reader does: two breaches of one printer (5..45) and
                // a POS transaction the terminal sent twice
                store(nodeB, round.sensor(), sensor + "31.5|" + AT);
                store(nodeB, round.sensor(), sensor + "71.0|" + AT.plusSeconds(60));
                store(nodeB, round.pos(), pos);
                store(nodeB, round.sensor(), sensor + "80.2|" + AT.plusSeconds(120));
                store(nodeB, round.pos(), pos);
            }
            for (Round round : rounds) {
                awaitDone(round.sensor());
                awaitDone(round.pos());
            }
        } finally {
            nodeB.stop();
        }

        for (Round round : rounds) {
            List<StoredFrame> sensorFrames = frames(round.sensor());
            assertInOrder(sensorFrames);
            assertThat(sensorFrames).extracting(StoredFrame::status).containsOnly(FrameStatus.PROCESSED);
            assertThat(sensorFrames.get(1).outcome()).contains("opened");
            assertThat(sensorFrames.get(2).outcome()).contains("already open");
            List<SensorReading> history = readings.findByAssetIdOrderById(round.asset().getId());
            assertThat(history).extracting(SensorReading::getValue).map(value -> value.doubleValue())
                    .containsExactly(31.5, 71.0, 80.2);
            assertThat(history.get(2).getServiceRequestId()).isNotNull()
                    .isEqualTo(history.get(1).getServiceRequestId())
                    .isEqualTo(serviceRequests.openRequestForAsset(round.asset().getId()).orElseThrow().getId());

            List<StoredFrame> posFrames = frames(round.pos());
            assertInOrder(posFrames);
            assertThat(posFrames).extracting(StoredFrame::status).containsOnly(FrameStatus.PROCESSED);
            assertThat(posFrames.get(0).outcome()).contains("points");
            assertThat(posFrames.get(1).outcome()).contains("already reported");
            assertThat(loyalty.entries(round.member().getId())).hasSize(1);
        }
    }

    @Test
    void twoSensorsOfOneAssetBreachingAtOnceOpenOneServiceRequest() {
        List<Asset> assets = new ArrayList<>();
        List<PortConfig> ports = new ArrayList<>();
        for (int i = 0; i < rounds(); i++) {
            Asset asset = fixtures.assetInWarranty(fixtures.company());
            assets.add(asset);
            PortConfig first = port(DeviceType.SENS);
            PortConfig second = port(DeviceType.SENS);
            ports.add(first);
            ports.add(second);
            for (int reading = 0; reading < 2; reading++) {
                for (PortConfig sensor : List.of(first, second)) {
                    store(null, sensor, "SENS|" + sensor.deviceId() + "|" + asset.getSerialNumber() + "|temperature|"
                            + (70 + reading) + ".5|" + AT.plusSeconds(reading * 60L));
                }
            }
        }
        ports.forEach(this::awaitDone);

        for (int i = 0; i < assets.size(); i++) {
            Asset asset = assets.get(i);
            List<StoredFrame> stored = new ArrayList<>(frames(ports.get(2 * i)));
            stored.addAll(frames(ports.get(2 * i + 1)));
            assertThat(stored).extracting(StoredFrame::status).containsOnly(FrameStatus.PROCESSED);
            assertThat(stored).filteredOn(frame -> frame.outcome().endsWith(" opened")).as("requests opened")
                    .hasSize(1);
            long open = serviceRequests.openRequestForAsset(asset.getId()).orElseThrow().getId();
            assertThat(readings.findByAssetIdOrderById(asset.getId())).hasSize(4)
                    .allSatisfy(reading -> assertThat(reading.getServiceRequestId()).isEqualTo(open));
        }
    }

    @Test
    void aTransactionReportedTwiceAtTheSameMomentIsPostedOnceAndTheOtherIsAReplay() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < rounds(); i++) {
                Customer member = fixtures.customer(MemberTier.STANDARD);
                String deviceId = "P-" + UUID.randomUUID().toString().substring(0, 8);
                String text = FrameProtocol.frame("POS|" + deviceId + "|TX-RACE|" + member.getCardNumber()
                        + "|80.00|GROCERY:80.00");
                DeviceMessage message = FrameProtocol.parse(text);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<String>> outcomes = new ArrayList<>();
                for (int copy = 0; copy < 2; copy++) {
                    StoredFrame frame = new StoredFrame(copy, "/test/pos-race", DeviceType.POS, deviceId,
                            text.getBytes(StandardCharsets.US_ASCII), text, Instant.now(), FrameStatus.RECEIVED, null,
                            0, null, null);
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        return transaction.execute(status -> posHandler.handle(frame, message));
                    }));
                }
                List<String> results = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    results.add(outcome.get());
                }
                assertThat(results).as("round %d", i).filteredOn(result -> result.contains("already reported"))
                        .hasSize(1);
                assertThat(loyalty.entries(member.getId())).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- helpers

    private static PortConfig port(DeviceType type) {
        String deviceId = type.name().charAt(0) + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new PortConfig("/test/order-" + deviceId, 9600, "8N1", type, deviceId);
    }

    /** Stores a frame as the reader does and wakes this node's processor (and the other node's, if any). */
    private void store(FrameProcessor other, PortConfig port, String body) {
        String line = FrameProtocol.frame(body);
        store.store(port, line.getBytes(StandardCharsets.US_ASCII), line, Instant.now(), FrameStatus.RECEIVED, null);
        nodeA.wake();
        if (other != null) {
            other.wake();
        }
    }

    private void awaitDone(PortConfig port) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> store.countByStatus(port.path()).get(FrameStatus.RECEIVED) == 0);
    }

    private List<StoredFrame> frames(PortConfig port) {
        List<StoredFrame> frames = new ArrayList<>(store.recent(port.path(), null, 100));
        Collections.reverse(frames);
        return frames;
    }

    /** Each frame of the device was finished no earlier than the one before it. */
    private static void assertInOrder(List<StoredFrame> frames) {
        for (int i = 1; i < frames.size(); i++) {
            assertThat(frames.get(i).processedAt()).as("frame %d done after frame %d", frames.get(i).id(),
                    frames.get(i - 1).id()).isAfterOrEqualTo(frames.get(i - 1).processedAt());
        }
    }
}
