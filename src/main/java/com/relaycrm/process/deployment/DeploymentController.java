package com.relaycrm.process.deployment;

import com.relaycrm.organisation.Groups;
import com.relaycrm.security.CurrentUser;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets an administrator redeploy the process models and forms from the configured folders without restarting,
 * after a process owner changed a diagram or a form there. Unchanged files create no new version.
 */
@RestController
class DeploymentController {

    private final ProcessResourceDeployer deployer;
    private final CurrentUser currentUser;

    DeploymentController(ProcessResourceDeployer deployer, CurrentUser currentUser) {
        this.deployer = deployer;
        this.currentUser = currentUser;
    }

    @PostMapping("/api/process-deployments")
    ProcessResourceDeployer.Result redeploy() {
        currentUser.viewer().requireAny("redeploy process models", Groups.ADMIN, Groups.CAMUNDA_ADMIN);
        return deployer.deploy();
    }
}
