package com.relaycrm.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.relaycrm.customer.Customer;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.device.handlers.FrameHandler;
import com.relaycrm.loyalty.process.CardSwipeProcess;
import com.relaycrm.process.EngineBatch;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two processors on one database, each with several workers (as two nodes of a cluster), take the same stream of
 * stored card swipes: every frame is processed exactly once, with exactly one card-swipe instance, none retried.
 */
@RelayIntegrationTest
class FrameProcessorTwoNodesTest {

    private static final int FRAMES = 240;

    @Autowired FrameStore store;
    @Autowired FrameProcessor nodeA;
    @Autowired EngineBatch engineBatch;
    @Autowired PlatformTransactionManager transactions;
    @Autowired List<FrameHandler> handlers;
    @Autowired DeviceProperties properties;
    @Autowired HistoryService historyService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Fixtures fixtures;

    @Test
    void twoProcessorsWithSeveralWorkersProcessEachFrameExactlyOnce() {
        assertThat(properties.getProcessor().getThreads()).as("workers per node").isGreaterThan(1);
        Customer member = fixtures.customer(MemberTier.GOLD);
        String deviceId = "R-" + UUID.randomUUID().toString().substring(0, 6);
        PortConfig port = new PortConfig("/test/two-nodes-" + deviceId, 9600, "8N1", DeviceType.CARD, deviceId);
        String line = FrameProtocol.frame("CARD|" + deviceId + "|" + member.getCardNumber());
        FrameProcessor nodeB = new FrameProcessor(store, engineBatch, transactions, handlers, properties);
        nodeA.start();
        nodeB.start();
        List<Long> ids = new ArrayList<>();
        try {
            for (int i = 0; i < FRAMES; i++) {
                ids.add(store.store(port, line.getBytes(StandardCharsets.US_ASCII), line, Instant.now(),
                        FrameStatus.RECEIVED, null));
                nodeA.wake();
                nodeB.wake();
            }
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                    .until(() -> store.countByStatus(port.path()).get(FrameStatus.RECEIVED) == 0);
        } finally {
            nodeB.stop();
        }

        Map<FrameStatus, Long> counts = store.countByStatus(port.path());
        assertThat(counts.get(FrameStatus.PROCESSED)).isEqualTo(FRAMES);
        assertThat(counts.get(FrameStatus.REJECTED)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from device_frame where port_path = ? and attempts <> 1",
                Long.class, port.path())).as("frames taken more than once").isZero();
        for (long id : ids) {
            assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(CardSwipeProcess.KEY)
                    .processInstanceBusinessKey(CardSwipeProcess.businessKey(id)).count())
                    .as("card-swipe instances of frame %d", id).isEqualTo(1);
        }
    }
}
