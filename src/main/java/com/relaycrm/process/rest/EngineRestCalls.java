package com.relaycrm.process.rest;

import com.relaycrm.process.forms.SubmissionGuard;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * A call to either mount of the engine REST API ({@code /engine-rest}, and the webapps'
 * {@code /camunda/api/engine/engine/{name}}) as our filters read it: which resource, and who calls.
 */
final class EngineRestCalls {

    private final IdentityService identityService;
    private final String webappEnginePrefix;

    EngineRestCalls(IdentityService identityService, String webappPath) {
        this.identityService = identityService;
        this.webappEnginePrefix = webappPath + "/api/engine/engine/";
    }

    /**
     * The resource path below the engine REST root, decoded segment by segment without path parameters, or null
     * when the request is not for the engine REST API.
     */
    List<String> resourcePath(HttpServletRequest request) {
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
    SubmissionGuard.Actor actor(HttpServletRequest request) {
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
}
