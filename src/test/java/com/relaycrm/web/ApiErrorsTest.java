package com.relaycrm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.InvalidInputException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;

/** What /api answers for failures deep below a controller: a step's own refusal, and never the database's text. */
class ApiErrorsTest {

    private static final String SQL_ERROR = "could not execute statement [Value too long for column "
            + "\"INVALID_REASON_ CHARACTER VARYING(500)\"; SQL statement: update lead set invalid_reason_=? where id=?]";

    private final ApiErrors errors = new ApiErrors();

    @Test
    void aDatabaseErrorAnswersWithoutItsText() {
        ResponseEntity<ApiErrors.ErrorBody> answer = errors.unexpected(new DataIntegrityViolationException(SQL_ERROR));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().error()).startsWith("The change could not be stored (error reference ")
                .doesNotContainIgnoringCase("sql").doesNotContainIgnoringCase("invalid_reason");
    }

    @Test
    void aDatabaseErrorInsideTheEngineAnswersWithoutItsText() {
        ResponseEntity<ApiErrors.ErrorBody> answer = errors.engine(new ProcessEngineException("ENGINE-03083 " + SQL_ERROR,
                new DataIntegrityViolationException(SQL_ERROR)));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().error()).doesNotContainIgnoringCase("sql");
    }

    @Test
    void aStepsRefusalInsideTheEngineKeepsItsStatusAndMessage() {
        ResponseEntity<ApiErrors.ErrorBody> invalid = errors.engine(new ProcessEngineException("wrapped",
                new RuntimeException(new InvalidInputException("outcome", "must be one of YES, NO"))));
        ResponseEntity<ApiErrors.ErrorBody> denied = errors.engine(new ProcessEngineException("wrapped",
                new AccessDeniedException("sales2 may not close this lead")));

        assertThat(invalid.getStatusCode().value()).isEqualTo(400);
        assertThat(invalid.getBody().error()).isEqualTo("outcome: must be one of YES, NO");
        assertThat(denied.getStatusCode().value()).isEqualTo(403);
        assertThat(denied.getBody().error()).isEqualTo("sales2 may not close this lead");
    }
}
