package com.relaycrm.security;

import com.relaycrm.web.ErrorBodies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts {@link LoginThrottle} in front of every way to log in: HTTP Basic credentials on /api, /actuator and
 * /engine-rest (each request is a login there), and the webapps' sign-in form
 * ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}). A blocked login is answered 429 with Retry-After
 * before anything checks its password. Otherwise the answer tells the outcome: 401 is a failure, a success (2xx or
 * 3xx) clears the account's failures, and anything else (a refused CSRF token, a firewall rejection, a 403 or 404
 * after a good login) counts neither way, so it cannot be used to reset a count.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final String BASIC = "Basic ";

    private final LoginThrottle throttle;
    private final String webappLoginPrefix;

    LoginThrottleFilter(LoginThrottle throttle, String webappPath) {
        this.throttle = throttle;
        this.webappLoginPrefix = webappPath + "/api/admin/auth/user/";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Attempt attempt = attempt(request);
        if (attempt == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> blocked = throttle.blockedFor(attempt.account(), address);
        if (blocked.isPresent()) {
            long seconds = Math.max(1, (blocked.get().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            ErrorBodies.write(request, response, 429,
                    "Too many failed logins; try again in " + seconds + " seconds");
            return;
        }
        chain.doFilter(request, response);
        int status = response.getStatus();
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(attempt.account(), address);
        } else if (status < 400) {
            throttle.succeeded(attempt.account());
        }
    }

    /** A login this request makes, with the user name it tries (null when none can be read), or null. */
    private Attempt attempt(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && path.startsWith(webappLoginPrefix) && path.contains("/login/")) {
            return new Attempt(request.getParameter("username"));
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return null;
        }
        return new Attempt(basicUser(authorization.substring(BASIC.length()).trim()));
    }

    private static String basicUser(String token) {
        try {
            String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private record Attempt(String account) {
    }
}
