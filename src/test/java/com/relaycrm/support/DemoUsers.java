package com.relaycrm.support;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Makes one engine call as a demo user with their real groups (from the identity service), under the engine's
 * authorization checks, then lets the test be itself again so its own assertions and queries see everything.
 */
@Component
public class DemoUsers {

    private final IdentityService identityService;

    public DemoUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T actAs(String userId, Supplier<T> call) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        identityService.setAuthentication(userId, groups);
        try {
            return call.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    public void actAs(String userId, Runnable call) {
        actAs(userId, () -> {
            call.run();
            return null;
        });
    }
}
