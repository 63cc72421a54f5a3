package com.relaycrm.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;

/**
 * Error answers written by servlet filters, before any controller runs, in the format of the API the request was
 * for: {@link ApiErrors}' for the domain API ({@code /api}, {@code /actuator}), the engine REST API's
 * ({@code {"type":…,"message":…}}, whose message Tasklist shows) for everything else ({@code /engine-rest}, the
 * webapps' API).
 */
public final class ErrorBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBodies() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(isDomainApi(request)
                ? new ApiErrors.ErrorBody(status, message, List.of()) : engineError(status, message)));
    }

    /**
     * For a failure nobody refused on purpose (a database error, whose text may name SQL, tables and columns): logs
     * it in full under a new reference and returns what a person is told instead.
     */
    public static String unstored(Logger log, Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {}", reference, failure);
        return "The change could not be stored (error reference " + reference + "); the details are in the server log";
    }

    /** The engine REST API's error body, with the exception type it would name for this status. */
    public static ObjectNode engineError(int status, String message) {
        ObjectNode error = JSON.createObjectNode();
        error.put("type", status == 403 ? "AuthorizationException"
                : status >= 500 ? "ProcessEngineException" : "InvalidRequestException");
        error.put("message", message);
        error.putNull("code");
        return error;
    }

    private static boolean isDomainApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/actuator/");
    }
}
