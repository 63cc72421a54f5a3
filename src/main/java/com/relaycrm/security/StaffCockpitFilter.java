package com.relaycrm.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
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
        UserAuthentication user = signedInUser(request.getSession(false));
        if ("GET".equals(request.getMethod()) && user != null && !user.isAuthorizedForApp("cockpit")) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private UserAuthentication signedInUser(HttpSession session) {
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(engineName);
        return authentication instanceof UserAuthentication user ? user : null;
    }
}
