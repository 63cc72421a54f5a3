package com.relaycrm.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a person who signed in to Tasklist, Cockpit or Admin read our report pages and their data without signing in
 * again: the Camunda webapps keep the signed-in user (and their groups) in the HTTP session, and this filter takes
 * that user for the request when no HTTP Basic credentials were sent.
 *
 * <p>Only for reading (GET, HEAD): a session cookie is sent by the browser on its own, so accepting it for writes
 * would let another site make a signed-in user's browser change data (CSRF). Writes keep needing credentials.
 */
class WebappSessionFilter extends OncePerRequestFilter {

    private final String engineName;

    WebappSessionFilter(String engineName) {
        this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isRead(request) && SecurityContextHolder.getContext().getAuthentication() == null) {
            UserAuthentication user = WebappSessions.signedInUser(request.getSession(false), engineName);
            if (user != null) {
                List<SimpleGrantedAuthority> authorities = user.getGroupIds() == null ? List.of()
                        : user.getGroupIds().stream().map(id -> new SimpleGrantedAuthority("GROUP_" + id)).toList();
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user.getName(), null, authorities));
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }
}
