package com.relaycrm.common;

import java.util.List;

/** Who is asking for records, for data permissions (数据权限): the user and their groups. */
public record Viewer(String userId, List<String> groups) {

    public Viewer {
        groups = List.copyOf(groups);
    }

    public boolean inAny(String... wanted) {
        for (String group : wanted) {
            if (groups.contains(group)) {
                return true;
            }
        }
        return false;
    }

    /** Fails with 403 unless the viewer belongs to one of the groups. */
    public void requireAny(String action, String... wanted) {
        if (!inAny(wanted)) {
            throw new AccessDeniedException(userId + " may not " + action);
        }
    }
}
