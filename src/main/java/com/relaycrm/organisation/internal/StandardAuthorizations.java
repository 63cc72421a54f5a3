package com.relaycrm.organisation.internal;

import com.relaycrm.organisation.Groups;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Camunda authorizations Relay CRM's groups need to work, granted at start-up in every profile (idempotent):
 * the working groups may open Tasklist, read the process definitions and the user directory, and see the shared
 * task filters; the groups named in {@code relay.authorizations.process-starters} may start that process.
 * Tasks themselves are authorized by the engine: a task's candidate group and assignee get read and update
 * permission on it, nobody else does.
 */
@Component
@Order(1)
class StandardAuthorizations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StandardAuthorizations.class);

    private final AuthorizationService authorizationService;
    private final AuthorizationProperties properties;

    StandardAuthorizations(AuthorizationService authorizationService, AuthorizationProperties properties) {
        this.authorizationService = authorizationService;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        int granted = 0;
        for (String group : Groups.STAFF) {
            granted += grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            granted += grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
            granted += grant(group, Resources.USER, ANY, Permissions.READ);
            granted += grant(group, Resources.GROUP, ANY, Permissions.READ);
        }
        for (Map.Entry<String, List<String>> starters : properties.processStarters().entrySet()) {
            for (String group : starters.getValue()) {
                granted += grant(group, Resources.PROCESS_DEFINITION, starters.getKey(), Permissions.CREATE_INSTANCE);
                granted += grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
            }
        }
        int revoked = revokeStaleStartGrants();
        if (authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
                .resourceType(Resources.FILTER).resourceId(ANY).count() == 0) {
            Authorization everyone = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
            everyone.setUserId(ANY);
            everyone.setResource(Resources.FILTER);
            everyone.setResourceId(ANY);
            everyone.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(everyone);
            granted++;
        }
        if (granted > 0) {
            log.info("Granted {} standard authorizations", granted);
        }
        if (revoked > 0) {
            log.info("Revoked {} grants to start processes that the application starts itself", revoked);
        }
    }

    /**
     * Takes CREATE_INSTANCE away from groups on every process definition not configured as startable by them: the
     * processes the application starts itself must not be startable through the engine REST API, also on a
     * database an earlier version granted them on.
     */
    private int revokeStaleStartGrants() {
        int revoked = 0;
        for (Authorization authorization : authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).resourceType(Resources.PROCESS_DEFINITION)
                .hasPermission(Permissions.CREATE_INSTANCE).list()) {
            String group = authorization.getGroupId();
            if (group == null) {
                continue;
            }
            List<String> starters = properties.processStarters().get(authorization.getResourceId());
            if (starters != null && starters.contains(group)) {
                continue;
            }
            authorization.removePermission(Permissions.CREATE_INSTANCE);
            if (authorization instanceof AuthorizationEntity entity && entity.getPermissions() == 0) {
                authorizationService.deleteAuthorization(authorization.getId());
            } else {
                authorizationService.saveAuthorization(authorization);
            }
            revoked++;
        }
        return revoked;
    }

    /** Grants a group a permission on a resource unless an authorization for it exists already; returns 1 if new. */
    private int grant(String group, Resource resource, String resourceId, Permission permission) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(group).resourceType(resource).resourceId(resourceId)
                .singleResult();
        if (existing != null && existing.isPermissionGranted(permission)) {
            return 0;
        }
        Authorization authorization = existing != null ? existing
                : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        authorizationService.saveAuthorization(authorization);
        return 1;
    }
}
