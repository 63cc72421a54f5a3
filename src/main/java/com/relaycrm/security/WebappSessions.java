package com.relaycrm.security;

import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/** The person signed in to the Camunda webapps (Tasklist, Cockpit, Admin) in an HTTP session. */
final class WebappSessions {

    private WebappSessions() {
    }

    /** The user signed in to the webapps for that engine in this session, or null (no session, nobody signed in). */
    static UserAuthentication signedInUser(HttpSession session, String engineName) {
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(engineName);
        return authentication instanceof UserAuthentication user ? user : null;
    }
}
