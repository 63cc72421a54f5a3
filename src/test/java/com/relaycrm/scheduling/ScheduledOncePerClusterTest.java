package com.relaycrm.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.support.RelayIntegrationTest;
import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;

/**
 * Every scheduled task runs once per cluster: each {@code @Scheduled} method takes its ShedLock row in the
 * application's database, held for the configured time; a node that finds it held skips the run; two nodes (two lock
 * providers on the same database) racing the same task run it exactly once.
 */
@RelayIntegrationTest
class ScheduledOncePerClusterTest {

    /** The scheduled tasks of the application and their lock names. */
    static final Map<String, String> TASKS = Map.of(
            "leadRecyclingSweep", "lead-recycling-sweep",
            "untouchedRecyclingSweep", "untouched-recycling-sweep",
            "replyApprovals", "reply-approvals-poll",
            "approvalDelegations", "approval-delegations-end-check");

    @Autowired ApplicationContext context;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired Environment environment;

    @Test
    void everyScheduledMethodOfTheApplicationIsLockedForTheCluster() {
        List<String> unlocked = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null) {
                continue;
            }
            for (Method method : ClassUtils.getUserClass(type).getDeclaredMethods()) {
                if (method.isAnnotationPresent(Scheduled.class) && !method.isAnnotationPresent(SchedulerLock.class)
                        && method.getDeclaringClass().getPackageName().startsWith("com.relaycrm")) {
                    unlocked.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(unlocked).as("@Scheduled methods without @SchedulerLock").isEmpty();
    }

    @Test
    void eachScheduledTaskTakesItsLockForTheConfiguredTimeAndIsSkippedWhileAnotherNodeHoldsIt() throws Exception {
        for (Map.Entry<String, String> task : TASKS.entrySet()) {
            String lock = task.getValue();
            release(lock);
            Object bean = context.getBean(task.getKey());
            Method scheduled = scheduledMethod(bean);
            assertThat(scheduled.getAnnotation(SchedulerLock.class).name()).isEqualTo(lock);

            scheduled.invoke(bean);

            assertThat(jdbc.queryForObject("select locked_by from shedlock where name = ?", String.class, lock))
                    .as("%s taken by this node", lock).isNotEqualTo("released");
            Map<String, Object> row = jdbc.queryForMap("select lock_until, locked_at, locked_by from shedlock "
                    + "where name = ?", lock);
            Instant lockedAt = ((Timestamp) row.get("locked_at")).toInstant();
            Instant lockUntil = ((Timestamp) row.get("lock_until")).toInstant();
            Duration atLeast = environment.getRequiredProperty("relay.scheduling." + lock + ".lock-at-least-for",
                    Duration.class);
            assertThat(Duration.between(lockedAt, lockUntil)).as("%s held for lock-at-least-for", lock)
                    .isEqualTo(atLeast);

            // another node holds it now (taken a moment ago, for a while): this node skips its run
            jdbc.update("update shedlock set locked_by = 'node-b', locked_at = locked_at - interval '1' second "
                    + "where name = ?", lock);
            Timestamp taken = jdbc.queryForObject("select locked_at from shedlock where name = ?", Timestamp.class,
                    lock);
            scheduled.invoke(bean);
            assertThat(jdbc.queryForObject("select locked_by from shedlock where name = ?", String.class, lock))
                    .as("%s not taken over while held", lock).isEqualTo("node-b");
            assertThat(jdbc.queryForObject("select locked_at from shedlock where name = ?", Timestamp.class, lock))
                    .isEqualTo(taken);
            release(lock);
        }
    }

    @Test
    void twoNodesRacingTheSameSweepRunItExactlyOncePerPeriod() throws Exception {
        LockingTaskExecutor nodeA = new DefaultLockingTaskExecutor(SchedulingLocks.provider(dataSource));
        LockingTaskExecutor nodeB = new DefaultLockingTaskExecutor(SchedulingLocks.provider(dataSource));
        int periods = 10;
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int period = 0; period < periods; period++) {
                String lock = "race-test-" + period;
                AtomicInteger runs = new AtomicInteger();
                AtomicInteger running = new AtomicInteger();
                AtomicInteger overlap = new AtomicInteger();
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<?>> nodes = new ArrayList<>();
                for (LockingTaskExecutor node : List.of(nodeA, nodeB)) {
                    nodes.add(threads.submit(() -> {
                        start.await();
                        node.executeWithLock((Runnable) () -> {
                            if (running.incrementAndGet() > 1) {
                                overlap.incrementAndGet();
                            }
                            runs.incrementAndGet();
                            sleep(50);
                            running.decrementAndGet();
                        }, new LockConfiguration(Instant.now(), lock, Duration.ofMinutes(1), Duration.ofSeconds(30)));
                        return null;
                    }));
                }
                for (Future<?> node : nodes) {
                    node.get(30, TimeUnit.SECONDS);
                }
                assertThat(runs).as("period %d: runs of the sweep", period).hasValue(1);
                assertThat(overlap).hasValue(0);
                jdbc.update("delete from shedlock where name = ?", lock);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Ends a task's lock as if its holder's time was up (the row stays: a lock provider remembers the rows it made and
     * only updates them afterwards).
     */
    private void release(String lock) {
        jdbc.update("update shedlock set lock_until = timestamp '2000-01-01 00:00:00', locked_by = 'released' "
                + "where name = ?", lock);
    }

    static Method scheduledMethod(Object bean) {
        for (Method method : AopUtils.getTargetClass(bean).getDeclaredMethods()) {
            if (method.isAnnotationPresent(Scheduled.class)) {
                method.setAccessible(true);
                return method;
            }
        }
        throw new AssertionError("no @Scheduled method on " + bean);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
