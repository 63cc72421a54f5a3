package com.relaycrm.scheduling;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled work runs once per cluster: every {@code @Scheduled} method that must not run on two nodes at once also
 * carries ShedLock's {@code @SchedulerLock}. The lock is a row of the {@code shedlock} table (V30) in the
 * application's own database, taken with the database's clock so that nodes whose clocks drift still agree.
 * A node that finds the lock held skips that run; the lock is held at least {@code lock-at-least-for} (so a node
 * whose schedule is a little behind does not run the same period again) and at most {@code lock-at-most-for} (so a
 * node that died holding it blocks the task no longer than that). Both per task under {@code relay.scheduling}.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "${relay.scheduling.default-lock-at-most-for}")
public class SchedulingLocks {

    /** The table ShedLock keeps its locks in (V30__shedlock.sql). */
    public static final String TABLE = "shedlock";

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return provider(dataSource);
    }

    /** A lock provider on the given database, as every node of the cluster has one. */
    public static LockProvider provider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName(TABLE)
                .usingDbTime()
                .build());
    }
}
