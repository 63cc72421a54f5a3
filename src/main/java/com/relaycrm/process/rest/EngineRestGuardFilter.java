package com.relaycrm.process.rest;

import com.relaycrm.process.forms.SubmissionGuard;
import com.relaycrm.process.forms.SubmissionRefused;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.relaycrm.web.ErrorBodies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts {@link SubmissionGuard} in front of both mounts of the engine REST API: {@code /engine-rest} (HTTP Basic)
 * and the webapps' {@code /camunda/api/engine/engine/{name}} (the Tasklist session). A write that carries variables
 * is checked before the engine sees it and, when refused, answered in the engine REST API's own error format so
 * Tasklist shows the message. Reads pass (the two reads we answer ourselves are {@link EngineRestReadsFilter}'s).
 */
class EngineRestGuardFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineRestGuardFilter.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Path segments of writes that set variables or move processes outside their forms: administrators only. */
    private static final Set<String> VARIABLE_WRITES = Set.of("variables", "localVariables", "variables-async",
            "bpmnError", "bpmnEscalation", "signal", "messageSubscriptions", "modification", "modification-async",
            "restart", "restart-async");
    private static final Set<String> ADMIN_ONLY_ROOTS = Set.of("message", "signal", "condition", "external-task",
            "modification", "migration", "case-instance", "case-execution", "case-definition");
    private static final Set<String> TASK_SUBMISSIONS = Set.of("complete", "submit-form", "resolve");
    private static final Set<String> STARTS = Set.of("start", "submit-form");

    private final SubmissionGuard guard;
    private final EngineRestCalls calls;
    private final int maxBodyBytes;

    EngineRestGuardFilter(SubmissionGuard guard, EngineRestCalls calls, int maxBodyBytes) {
        this.guard = guard;
        this.calls = calls;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        List<String> path = calls.resourcePath(request);
        if (path == null) {
            chain.doFilter(request, response);
            return;
        }
        Target target = classify(path);
        if (target == Target.NONE) {
            chain.doFilter(request, response);
            return;
        }
        SubmissionGuard.Actor actor = calls.actor(request);
        if (actor == null) {
            refuse(response, new SubmissionRefused(401, "Sign in first"), request, "nobody");
            return;
        }
        try {
            if (target == Target.ADMIN_ONLY) {
                if (!guard.isAdministrator(actor)) {
                    throw SubmissionRefused.forbidden("Only administrators may change process variables, messages "
                            + "or signals directly; staff work through their task forms");
                }
                chain.doFilter(request, response);
                return;
            }
            byte[] body = readBody(request);
            JsonNode json = parse(body);
            if (target == Target.TASK_SUBMISSION) {
                body = withoutVariables(body, json, guard.checkTaskSubmission(actor, path.get(1), json));
            } else {
                boolean byKey = "key".equals(path.get(1));
                String tenant = byKey && path.size() == 6 ? path.get(4) : null;
                guard.checkStart(actor, byKey ? null : path.get(1), byKey ? path.get(2) : null, tenant, json);
            }
            chain.doFilter(new ReplayedBody(request, body), response);
        } catch (SubmissionRefused refused) {
            refuse(response, refused, request, actor.userId());
        }
    }

    private enum Target { NONE, TASK_SUBMISSION, START, ADMIN_ONLY }

    private static Target classify(List<String> path) {
        if (path.isEmpty()) {
            return Target.NONE;
        }
        String root = path.get(0);
        String last = path.get(path.size() - 1);
        if ("task".equals(root) && path.size() == 3 && TASK_SUBMISSIONS.contains(last)) {
            return Target.TASK_SUBMISSION;
        }
        if ("process-definition".equals(root) && STARTS.contains(last)
                && (path.size() == 3 || path.size() == 4 && "key".equals(path.get(1))
                || path.size() == 6 && "key".equals(path.get(1)) && "tenant-id".equals(path.get(3)))) {
            return Target.START;
        }
        if (ADMIN_ONLY_ROOTS.contains(root) && !(path.size() == 1 && "external-task".equals(root))
                && !(path.size() == 2 && "count".equals(last))) {
            return Target.ADMIN_ONLY;
        }
        for (String segment : path) {
            if (VARIABLE_WRITES.contains(segment)) {
                return Target.ADMIN_ONLY;
            }
        }
        return Target.NONE;
    }

    private byte[] readBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            throw new SubmissionRefused(413, "The request is too large (at most " + maxBodyBytes + " bytes)");
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                throw new SubmissionRefused(413, "The request is too large (at most " + maxBodyBytes + " bytes)");
            }
            return body;
        }
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw SubmissionRefused.badRequest("The request body is not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw SubmissionRefused.badRequest("The request body cannot be read");
        }
    }

    /**
     * The body without the named variables (display-only fields, checked unchanged: the engine would only store
     * again what the record or the process holds); the body as sent when there are none.
     */
    private static byte[] withoutVariables(byte[] body, JsonNode json, Set<String> names) throws IOException {
        if (names.isEmpty() || !(json.path("variables") instanceof ObjectNode variables)) {
            return body;
        }
        variables.remove(names);
        return JSON.writeValueAsBytes(json);
    }

    private static void refuse(HttpServletResponse response, SubmissionRefused refused, HttpServletRequest request,
                               String userId) throws IOException {
        log.warn("Refused {} {} by {}: {}", request.getMethod(), request.getRequestURI(), userId,
                refused.getMessage());
        ErrorBodies.write(request, response, refused.status(), refused.getMessage());
    }

    /** The request with its body, already read for the check, given again to the engine REST API. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
