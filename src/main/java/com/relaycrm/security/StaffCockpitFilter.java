package com.relaycrm.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist links every task's process name to Cockpit, which staff may not open: the webapps answered them with a
 * bare "Whitelabel Error Page … Forbidden". A signed-in person without Cockpit access who opens a Cockpit address is
 * sent to {@value #PAGE} instead, which explains that staff read a task's record on its record page and links to
 * it (the browser keeps the address's #/process-instance/… part across the redirect). Cockpit access itself is
 * unchanged: only administrators have it; nobody signed in yet gets Cockpit's sign-in as before.
 */
class StaffCockpitFilter extends OncePerRequestFilter {

    static final String PAGE = "/records/cockpit.html";

    private final String engineName;

    StaffCockpitFilter(String engineName) {
        this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UserAuthentication user = WebappSessions.signedInUser(request.getSession(false), engineName);
        if ("GET".equals(request.getMethod()) && user != null && !user.isAuthorizedForApp("cockpit")) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
