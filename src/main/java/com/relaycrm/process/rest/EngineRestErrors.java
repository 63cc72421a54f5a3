package com.relaycrm.process.rest;

import com.relaycrm.process.forms.RefusalWording;
import com.relaycrm.common.Causes;
import com.relaycrm.web.ErrorBodies;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors of the engine REST API, on both of its mounts ({@code /engine-rest} and the webapps'
 * {@code /camunda/api/engine}), that Camunda's own exception mappers would answer with the exception's text:
 * <ul>
 *   <li>a process step or listener refusing a completion or start with our {@code InvalidInputException},
 *       {@code AccessDeniedException} or {@code NotFoundException} (found in the chain the engine wraps them in):
 *       400, 403 or 404 with the step's own message, which Tasklist shows under the form;</li>
 *   <li>a database error: 500 with a generic message and a reference; the SQL, tables and columns go to the log.</li>
 * </ul>
 * Everything else stays with Camunda's mappers. Registered in every Jersey application of the application by
 * {@link Registration} (META-INF/services), since the webapps' engine API is not configured through Spring; the
 * mappers outrank Camunda's for the same exception types by their {@link Priority}.
 */
public abstract class EngineRestErrors<T extends Throwable> implements ExtendedExceptionMapper<T> {

    private static final Logger log = LoggerFactory.getLogger(EngineRestErrors.class);
    /** Before Camunda's mappers, which have the default priority (USER, 5000). */
    private static final int BEFORE_CAMUNDA = 100;

    @Override
    public boolean isMappable(T exception) {
        return Causes.refusal(exception).isPresent() || Causes.isPersistence(exception);
    }

    /** The request being answered, to word a step's refusal with the labels of the form that was sent. */
    @Context
    private UriInfo request;

    @Override
    public Response toResponse(T exception) {
        Optional<Causes.Refusal> refusal = Causes.refusal(exception);
        if (refusal.isPresent()) {
            log.info("Engine REST request refused by a step ({}): {}", refusal.get().status(),
                    refusal.get().message());
            return answer(refusal.get().status(), RefusalWording.inFormWords(exception,
                    request == null ? null : request.getPath(), refusal.get().message()));
        }
        return answer(500, ErrorBodies.unstored(log, exception));
    }

    private static Response answer(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBodies.engineError(status, message)).build();
    }

    /** Outranks Camunda's RestExceptionHandler (e.g. "Cannot complete task …" around a step's refusal). */
    @Priority(BEFORE_CAMUNDA)
    public static class OfRestException extends EngineRestErrors<RestException> {
    }

    /** Outranks Camunda's ProcessEngineExceptionHandler (database errors, wrapped step refusals). */
    @Priority(BEFORE_CAMUNDA)
    public static class OfProcessEngineException extends EngineRestErrors<ProcessEngineException> {
    }

    /** Outranks Camunda's catch-all ExceptionHandler (a step's refusal the engine passes on unwrapped). */
    @Priority(BEFORE_CAMUNDA)
    public static class OfAnyThrowable extends EngineRestErrors<Throwable> {
    }

    /** Adds the mappers to every Jersey application (Jersey's auto-discovery, META-INF/services). */
    public static class Registration implements AutoDiscoverable {

        @Override
        public void configure(FeatureContext context) {
            context.register(OfRestException.class);
            context.register(OfProcessEngineException.class);
            context.register(OfAnyThrowable.class);
        }
    }
}
