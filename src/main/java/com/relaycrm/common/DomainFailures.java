package com.relaycrm.common;

import java.util.Optional;

/**
 * The application's own refusal ({@link InvalidInputException}, {@link AccessDeniedException},
 * {@link NotFoundException}) behind an exception the process engine wrapped it in, so that a person is shown the
 * readable reason and never the engine's or the database's text.
 */
public final class DomainFailures {

    private DomainFailures() {
    }

    public static Optional<RuntimeException> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidInputException || cause instanceof AccessDeniedException
                    || cause instanceof NotFoundException) {
                return Optional.of((RuntimeException) cause);
            }
        }
        return Optional.empty();
    }
}
