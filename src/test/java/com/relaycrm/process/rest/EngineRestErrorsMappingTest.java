package com.relaycrm.process.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.InvalidInputException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/**
 * The engine REST mappers on the shapes Camunda wraps errors in: a database error inside "Cannot complete task …"
 * (whose text Camunda's own mapper would show with the SQL), a step's refusal several causes deep, and errors that
 * are neither, which stay with Camunda's mappers.
 */
class EngineRestErrorsMappingTest {

    private static final String SQL = "### Error flushing statements. ### SQL: insert into ACT_RU_TASK (NAME_) values (?)";

    private final EngineRestErrors.OfRestException mapper = new EngineRestErrors.OfRestException();

    @Test
    void aDatabaseErrorInsideACompletionAnswersWithoutTheSql() {
        RestException wrapped = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
                new ProcessEngineException("ENGINE-03083 " + SQL, new SQLException(SQL)), "Cannot complete task 1: " + SQL);

        assertThat(mapper.isMappable(wrapped)).isTrue();
        Response answer = mapper.toResponse(wrapped);
        assertThat(answer.getStatus()).isEqualTo(500);
        assertThat(answer.getEntity().toString()).contains("The change could not be stored")
                .doesNotContainIgnoringCase("sql").doesNotContain("ACT_RU_TASK");
    }

    @Test
    void aStepsRefusalDeepInTheChainKeepsItsMessage() {
        RestException wrapped = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
                new ProcessEngineException("wrapped", new InvalidInputException("engineerId", "is not an engineer")),
                "Cannot complete task 1: wrapped");

        Response answer = mapper.toResponse(wrapped);
        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getEntity().toString()).contains("\"message\":\"engineerId: is not an engineer\"");
    }

    @Test
    void otherErrorsStayWithCamundasMappers() {
        assertThat(mapper.isMappable(new RestException(Response.Status.NOT_FOUND, "No task 1"))).isFalse();
    }
}
