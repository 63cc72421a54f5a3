package com.relaycrm.web;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.Causes;
import com.relaycrm.common.Idempotency;
import com.relaycrm.common.IdempotencyKeyReusedException;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.NotFoundException;
import jakarta.persistence.PersistenceException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * One error format for the whole /api: {@code {"status":400,"error":"...","fields":[{"field":"...","message":"..."}]}}.
 */
@RestControllerAdvice(basePackages = "com.relaycrm")
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    public record FieldError(String field, String message) {}

    public record ErrorBody(int status, String error, List<FieldError> fields) {}

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ErrorBody> invalidBody(MethodArgumentNotValidException e) {
        List<FieldError> fields = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .toList();
        String summary = fields.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return badRequest("Invalid input: " + summary, fields);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ErrorBody> invalidInput(InvalidInputException e) {
        return badRequest(e.getMessage(), List.of(new FieldError(e.field(), e.reason())));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
        Optional<Causes.Refusal> tooLarge = Causes.refusal(e);
        if (tooLarge.isPresent()) {
            return refused(tooLarge.get());
        }
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String message = mismatch instanceof InvalidFormatException invalid
                    ? "cannot read '" + invalid.getValue() + "' as " + invalid.getTargetType().getSimpleName()
                    : "has the wrong type";
            return badRequest(field + ": " + message, List.of(new FieldError(field, message)));
        }
        return badRequest("The request body is not valid JSON", List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ErrorBody> badParameter(MethodArgumentTypeMismatchException e) {
        String message = "cannot read '" + e.getValue() + "'";
        return badRequest(e.getName() + ": " + message, List.of(new FieldError(e.getName(), message)));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ErrorBody> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(new ErrorBody(404, e.getMessage(), List.of()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ErrorBody> forbidden(AccessDeniedException e) {
        log.info("Access denied: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(new ErrorBody(403, e.getMessage(), List.of()));
    }

    /**
     * The engine around a process step the request drove (a completion through a service): the step's own refusal
     * as if thrown here, the engine's authorization refusal as 403, anything else as {@link #unexpected}.
     */
    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<ErrorBody> engine(ProcessEngineException e) {
        if (e instanceof AuthorizationException denied) {
            return forbidden(new AccessDeniedException(denied.getMessage()));
        }
        return Causes.refusal(e).map(ApiErrors::refused).orElseGet(() -> unexpected(e));
    }

    /**
     * A database error (a constraint, a value too long for its column) or another failure nobody refused on
     * purpose: its text may name SQL, tables and columns, so it goes to the log under a reference and the answer
     * says only that the change was not stored.
     */
    @ExceptionHandler({DataAccessException.class, PersistenceException.class, TransactionSystemException.class})
    ResponseEntity<ErrorBody> unexpected(Exception e) {
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(new ErrorBody(500, ErrorBodies.unstored(log, e), List.of()));
    }

    /** An Idempotency-Key sent again with another body: 422 (the IETF draft's answer), naming the header. */
    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ErrorBody> keyReused(IdempotencyKeyReusedException e) {
        return ResponseEntity.unprocessableEntity().body(new ErrorBody(422, e.getMessage(),
                List.of(new FieldError(Idempotency.HEADER, "was used for another request"))));
    }

    /** A body that failed while it was read (past its size limit: 413). */
    @ExceptionHandler(UncheckedIOException.class)
    ResponseEntity<ErrorBody> unreadableBody(UncheckedIOException e) {
        return Causes.refusal(e).map(ApiErrors::refused).orElseGet(() -> unexpected(e));
    }

    /** A file over its upload limit ({@code spring.servlet.multipart.*}). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ErrorBody> uploadTooLarge(MaxUploadSizeExceededException e) {
        String limit = e.getMaxUploadSize() > 0 ? ": at most " + e.getMaxUploadSize() + " bytes" : "";
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(new ErrorBody(413, "The upload is too large" + limit, List.of()));
    }

    private static ResponseEntity<ErrorBody> refused(Causes.Refusal refusal) {
        return ResponseEntity.status(refusal.status()).body(new ErrorBody(refusal.status(), refusal.message(), List.of()));
    }

    private static ResponseEntity<ErrorBody> badRequest(String message, List<FieldError> fields) {
        return ResponseEntity.badRequest().body(new ErrorBody(400, message, fields));
    }
}
