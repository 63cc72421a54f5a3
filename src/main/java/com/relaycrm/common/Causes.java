package com.relaycrm.common;

import java.util.Optional;
import java.util.Set;

/**
 * What an exception that reached an API boundary stands for, found along its cause chain (the engine wraps what a
 * process step throws): a refusal by our own code, which a person may read, or a database error, whose text (SQL,
 * tables, columns) must stay in the server log.
 */
public final class Causes {

    /** A refusal with the HTTP status it answers and its readable message. */
    public record Refusal(int status, String message) {
    }

    /** Database errors as the JDBC driver, MyBatis (the engine), JPA and Spring report them. */
    private static final Set<String> PERSISTENCE = Set.of("java.sql.SQLException",
            "org.apache.ibatis.exceptions.PersistenceException", "org.springframework.dao.DataAccessException",
            "jakarta.persistence.PersistenceException", "org.hibernate.JDBCException",
            "org.camunda.bpm.engine.ProcessEnginePersistenceException");

    private static final int MAX_DEPTH = 20;

    private Causes() {
    }

    /**
     * The first {@link InvalidInputException} (400), {@link AccessDeniedException} (403), {@link NotFoundException}
     * (404) or {@link TooLargeException} (413) in the chain.
     */
    public static Optional<Refusal> refusal(Throwable e) {
        int depth = 0;
        for (Throwable cause = e; cause != null && depth < MAX_DEPTH; cause = cause.getCause(), depth++) {
            if (cause instanceof InvalidInputException) {
                return Optional.of(new Refusal(400, cause.getMessage()));
            }
            if (cause instanceof AccessDeniedException) {
                return Optional.of(new Refusal(403, cause.getMessage()));
            }
            if (cause instanceof NotFoundException) {
                return Optional.of(new Refusal(404, cause.getMessage()));
            }
            if (cause instanceof TooLargeException) {
                return Optional.of(new Refusal(413, cause.getMessage()));
            }
        }
        return Optional.empty();
    }

    /** The first exception of the given type in the chain. */
    public static <T extends Throwable> Optional<T> find(Throwable e, Class<T> type) {
        int depth = 0;
        for (Throwable cause = e; cause != null && depth < MAX_DEPTH; cause = cause.getCause(), depth++) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }

    /** Whether a database error is anywhere in the chain. */
    public static boolean isPersistence(Throwable e) {
        int depth = 0;
        for (Throwable cause = e; cause != null && depth < MAX_DEPTH; cause = cause.getCause(), depth++) {
            for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
                if (PERSISTENCE.contains(type.getName())) {
                    return true;
                }
            }
        }
        return false;
    }
}
