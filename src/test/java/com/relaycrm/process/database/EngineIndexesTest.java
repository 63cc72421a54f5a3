package com.relaycrm.process.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.support.RelayIntegrationTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The engine tables carry the indexes its per-step queries need once the application has started. */
@RelayIntegrationTest
class EngineIndexesTest {

    @Autowired DataSource dataSource;

    @Test
    void completingATaskFindsItsSubTasksByIndexNotByScanningEveryOpenTask() throws Exception {
        List<String> indexed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getURL().startsWith("jdbc:postgresql:");
            String table = postgres ? "act_ru_task" : "ACT_RU_TASK";
            try (ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
                while (indexes.next()) {
                    if ("relay_idx_task_parent".equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                        indexed.add(indexes.getString("COLUMN_NAME").toUpperCase());
                    }
                }
            }
            assertThat(indexed).containsExactly("PARENT_TASK_ID_");
            if (postgres) {
                JdbcTemplate jdbc = new JdbcTemplate(dataSource);
                jdbc.execute("set enable_seqscan = off");
                try {
                    String plan = String.join("\n", jdbc.queryForList(
                            "explain select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'x'", String.class));
                    assertThat(plan).contains("relay_idx_task_parent");
                } finally {
                    jdbc.execute("set enable_seqscan = on");
                }
            }
        }
    }
}
