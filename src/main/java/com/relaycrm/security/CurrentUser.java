package com.relaycrm.security;

import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.Viewer;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user of the current /api request and their Camunda groups: the basis of data permissions. */
@Component
public class CurrentUser {

    private static final String GROUP_PREFIX = "GROUP_";

    public boolean isAuthenticated() {
        Authentication authentication = authentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    public String id() {
        Authentication authentication = authentication();
        if (authentication == null) {
            throw new AccessDeniedException("Not authenticated");
        }
        return authentication.getName();
    }

    public List<String> groups() {
        Authentication authentication = authentication();
        if (authentication == null) {
            return List.of();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(GROUP_PREFIX)).map(a -> a.substring(GROUP_PREFIX.length())).toList();
    }

    /** The user and their groups, for the data permissions of the business services. */
    public Viewer viewer() {
        return new Viewer(id(), groups());
    }

    private static Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
