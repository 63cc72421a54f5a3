package com.relaycrm.process.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's schema lacks for queries it runs on every step, created once the engine has made its tables
 * (Flyway runs before that, so they cannot be migrations). {@code CREATE INDEX IF NOT EXISTS}: safe on every start
 * and on every node of a cluster; an engine schema upgrade leaves extra indexes alone.
 * <ul>
 * <li>{@code ACT_RU_TASK (PARENT_TASK_ID_)}: completing a task looks for its sub-tasks by parent id; without the
 * index that is a scan of every open task, about 20 ms per completion on PostgreSQL with 100,000 open tasks
 * (found by {@code ServiceRequestBenchmark}'s statement counts: 4 such scans, 67 ms of a 252 ms flow).</li>
 * <li>{@code ACT_HI_ACTINST (PROC_DEF_KEY_, ACT_ID_, DURATION_, END_TIME_, ACT_TYPE_, ACT_NAME_)}: the process-history
 * report ({@code process/history/ProcessHistoryReport}) reads each step's durations in order from this index alone
 * (no sort, no table access) for its 90th percentile; without it PostgreSQL sorted every history row of the period,
 * 151 ms p95 at 100,000 rows. One more index entry per activity instance the engine writes or ends.</li>
 * </ul>
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    static final List<String> INDEXES = List.of(
            "create index if not exists relay_idx_task_parent on ACT_RU_TASK (PARENT_TASK_ID_)",
            "create index if not exists relay_idx_hi_act_inst_steps on ACT_HI_ACTINST (PROC_DEF_KEY_, ACT_ID_, "
                    + "DURATION_, END_TIME_, ACT_TYPE_, ACT_NAME_)");

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        var dataSource = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                engine.getProcessEngineConfiguration()).getDataSource();
        for (String ddl : INDEXES) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(ddl);
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            } catch (SQLException e) {
                // another node creating the same index at the same moment: it will exist either way
                log.warn("Could not run '{}': {}", ddl, e.getMessage());
            }
        }
    }
}
