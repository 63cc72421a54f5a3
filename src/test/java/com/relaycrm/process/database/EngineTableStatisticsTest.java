package com.relaycrm.process.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.support.RelayIntegrationTest;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After a burst of new tasks the engine's task table is analyzed on PostgreSQL (and only then); on H2, which plans
 * without such statistics, nothing is done.
 */
@RelayIntegrationTest
class EngineTableStatisticsTest {

    private static final String PROCESS = "statistics-burst";

    @Autowired EngineTableStatistics statistics;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired DataSource dataSource;

    @Test
    void aBurstOfTasksGetsTheTaskTableAnalyzedOnceAndOnlyOnPostgres() throws Exception {
        boolean postgres;
        try (Connection connection = dataSource.getConnection()) {
            postgres = connection.getMetaData().getURL().startsWith("jdbc:postgresql:");
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String deployment = repositoryService.createDeployment().name(PROCESS)
                .addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Wait").camundaCandidateGroups("service").endEvent().done())
                .deploy().getId();
        try {
            if (!postgres) {
                startBurst(1_200);
                assertThat(statistics.refresh()).isEmpty();
                return;
            }
            statistics.refresh();
            // autovacuum analyzing the same tables at the same moment would take the work from under the test
            jdbc.execute("alter table act_ru_task set (autovacuum_enabled = false)");
            jdbc.execute("alter table act_ru_identitylink set (autovacuum_enabled = false)");
            long live = jdbc.queryForObject("select n_live_tup from pg_stat_user_tables where relname = 'act_ru_task'",
                    Long.class);
            startBurst((int) Math.max(1_200, live / 10 + 200));

            List<String> analyzed = awaitAnalyzed();
            assertThat(analyzed).contains("act_ru_task", "act_ru_identitylink");
            assertThat(jdbc.queryForObject("select n_mod_since_analyze from pg_stat_user_tables "
                    + "where relname = 'act_ru_task'", Long.class)).isLessThan(1_000);
            assertThat(statistics.refresh()).as("fresh now").doesNotContain("act_ru_task");
        } finally {
            if (postgres) {
                jdbc.execute("alter table act_ru_task reset (autovacuum_enabled)");
                jdbc.execute("alter table act_ru_identitylink reset (autovacuum_enabled)");
            }
            repositoryService.deleteDeployment(deployment, true, true);
        }
    }

    private void startBurst(int tasks) {
        for (int i = 0; i < tasks; i++) {
            runtimeService.startProcessInstanceByKey(PROCESS);
        }
    }

    /**
     * The statistics collector reports changes a moment after the commits, table by table, so one refresh may analyze
     * the identity links and a later one the tasks: every table analyzed while waiting counts.
     */
    private List<String> awaitAnalyzed() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        java.util.Set<String> analyzed = new java.util.LinkedHashSet<>(statistics.refresh());
        while (!analyzed.containsAll(List.of("act_ru_task", "act_ru_identitylink")) && Instant.now().isBefore(until)) {
            Thread.sleep(500);
            analyzed.addAll(statistics.refresh());
        }
        return List.copyOf(analyzed);
    }
}
