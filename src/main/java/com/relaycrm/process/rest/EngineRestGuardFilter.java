package com.relaycrm.process.rest;

import com.relaycrm.process.SystemAccess;
import com.relaycrm.process.forms.StartFormOffer;
import com.relaycrm.process.forms.SubmissionGuard;
import com.relaycrm.process.forms.SubmissionRefused;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.relaycrm.web.ErrorBodies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Puts {@link SubmissionGuard} in front of both mounts of the engine REST API: {@code /engine-rest} (HTTP Basic)
 * and the webapps' {@code /camunda/api/engine/engine/{name}} (the Tasklist session). A write that carries variables
 * is checked before the engine sees it and, when refused, answered in the engine REST API's own error format so
 * Tasklist shows the message. Reads are untouched but two: a task's History tab, answered by {@link TaskHistoryTab}
 * for the people who may read the task now, and a start form, given the signed-in person's choices
 * ({@link StartFormOffer}).
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
    private final StartFormOffer startForms;
    private final IdentityService identityService;
    private final TaskHistoryTab taskHistory;
    private final String webappEnginePrefix;
    private final int maxBodyBytes;

    EngineRestGuardFilter(SubmissionGuard guard, StartFormOffer startForms, IdentityService identityService,
                          TaskService taskService, HistoryService historyService, SystemAccess systemAccess,
                          String webappPath, int maxBodyBytes) {
        this.guard = guard;
        this.startForms = startForms;
        this.identityService = identityService;
        this.taskHistory = new TaskHistoryTab(identityService, taskService, historyService, systemAccess);
        this.webappEnginePrefix = webappPath + "/api/engine/engine/";
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if ("GET".equals(method)) {
            List<String> path = resourcePath(request);
            if (TaskHistoryTab.asks(path, request)) {
                SubmissionGuard.Actor reader = actor(request);
                String taskId = reader == null ? null : taskHistory.readableTask(request, reader);
                if (taskId != null) {
                    taskHistory.answer(path, request, response, taskId);
                    return;
                }
            }
        }
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            List<String> read = "GET".equals(method) ? resourcePath(request) : null;
            SubmissionGuard.Actor reader = read != null && isStartForm(read) ? actor(request) : null;
            if (reader == null) {
                chain.doFilter(request, response);
                return;
            }
            ContentCachingResponseWrapper form = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, form);
            if (form.getStatus() == 200) {
                byte[] offered = startForms.forPerson(reader.userId(), form.getContentAsByteArray());
                form.resetBuffer();
                form.getOutputStream().write(offered);
            }
            form.copyBodyToResponse();
            return;
        }
        List<String> path = resourcePath(request);
        if (path == null) {
            chain.doFilter(request, response);
            return;
        }
        Target target = classify(path);
        if (target == Target.NONE) {
            chain.doFilter(request, response);
            return;
        }
        SubmissionGuard.Actor actor = actor(request);
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
                guard.checkTaskSubmission(actor, path.get(1), json);
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

    /** {@code process-definition/{id}/deployed-start-form}, by key, or by key and tenant. */
    private static boolean isStartForm(List<String> path) {
        return path.size() >= 3 && "process-definition".equals(path.get(0))
                && "deployed-start-form".equals(path.get(path.size() - 1))
                && (path.size() == 3 || path.size() == 4 && "key".equals(path.get(1))
                || path.size() == 6 && "key".equals(path.get(1)) && "tenant-id".equals(path.get(3)));
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

    /**
     * The resource path below the engine REST root, decoded segment by segment without path parameters, or null
     * when the request is not for the engine REST API.
     */
    private List<String> resourcePath(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        List<String> segments = new ArrayList<>();
        for (String raw : uri.split("/")) {
            int parameters = raw.indexOf(';');
            String segment = URLDecoder.decode((parameters >= 0 ? raw.substring(0, parameters) : raw)
                    .replace("+", "%2B"), StandardCharsets.UTF_8);
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        String normalized = "/" + String.join("/", segments) + "/";
        if (normalized.startsWith("/engine-rest/")) {
            segments = segments.subList(1, segments.size());
            if (segments.size() >= 2 && "engine".equals(segments.get(0))) {
                segments = segments.subList(2, segments.size());
            }
            return segments;
        }
        if (normalized.startsWith(webappEnginePrefix)) {
            int prefixSegments = webappEnginePrefix.split("/").length - 1;
            return segments.size() > prefixSegments ? segments.subList(prefixSegments + 1, segments.size())
                    : List.of();
        }
        return null;
    }

    /** The user the engine REST filter authenticated, or the one signed in to the webapps' session. */
    private SubmissionGuard.Actor actor(HttpServletRequest request) {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return new SubmissionGuard.Actor(authentication.getUserId(),
                    authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds());
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null) {
            return null;
        }
        for (org.camunda.bpm.webapp.impl.security.auth.Authentication each : authentications.getAuthentications()) {
            if (each instanceof UserAuthentication user) {
                return new SubmissionGuard.Actor(user.getName(),
                        user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds()));
            }
        }
        return null;
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
