package com.relaycrm.process.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.customer.Customer;
import com.relaycrm.service.RequestType;
import com.relaycrm.service.ServiceRequest;
import com.relaycrm.service.ServiceRequestCommands.NewServiceRequest;
import com.relaycrm.service.ServiceRequestService;
import com.relaycrm.support.Api;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Deployment with duplicate filtering: unchanged files make no new version; a diagram changed in an external folder
 * becomes a new version while running instances stay on theirs.
 */
@RelayIntegrationTest
class ProcessDeploymentTest {

    private static final String KEY = "service-request";

    @Autowired ProcessResourceDeployer deployer;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired ResourcePatternResolver resolver;
    @Autowired Api api;
    @Autowired Fixtures fixtures;
    @Autowired ServiceRequestService desk;

    @TempDir
    Path folder;

    @AfterEach
    void restorePackagedModels() {
        deployer.deploy();
    }

    @Test
    void deployingUnchangedFilesAgainCreatesNoNewVersion() {
        deployer.deploy();
        long versions = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count();

        ProcessResourceDeployer.Result again = deployer.deploy();

        assertThat(again.newProcessDefinitions()).isEmpty();
        assertThat(again.resources()).contains("processes/service-request.bpmn", "forms/service-request-dispatch.form");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isEqualTo(versions);
    }

    @Test
    void aDiagramChangedInAnExternalFolderBecomesANewVersionAndRunningInstancesStayOnTheirs() throws IOException {
        deployer.deploy();
        ProcessDefinition before = latest();
        Customer customer = fixtures.company();
        ServiceRequest running = desk.open(new NewServiceRequest(customer.getId(), null, RequestType.CONSULTATION,
                "Opening hours", "When is the service desk open?"), Fixtures.SERVICE1);

        Path processes = copy(Path.of("processes"), folder.resolve("processes"));
        Path forms = copy(Path.of("forms"), folder.resolve("forms"));
        Path diagram = processes.resolve("service-request.bpmn");
        Files.writeString(diagram, Files.readString(diagram)
                .replace("name=\"Service request / 服务请求\"", "name=\"Service request (redesigned)\""));
        ProcessResourceDeployer external = new ProcessResourceDeployer(repositoryService, resolver,
                new DeploymentProperties(processes.toUri().toString(), forms.toUri().toString()));

        ProcessResourceDeployer.Result result = external.deploy();

        ProcessDefinition after = latest();
        assertThat(result.newProcessDefinitions()).containsExactly(KEY + ":" + after.getVersion());
        assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
        assertThat(after.getName()).isEqualTo("Service request (redesigned)");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(running.getProcessInstanceId())
                .singleResult().getProcessDefinitionId()).isEqualTo(before.getId());
        ServiceRequest started = desk.open(new NewServiceRequest(customer.getId(), null, RequestType.CONSULTATION,
                "Parking", "Is there parking?"), Fixtures.SERVICE1);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(started.getProcessInstanceId())
                .singleResult().getProcessDefinitionId()).isEqualTo(after.getId());

        assertThat(external.deploy().newProcessDefinitions()).as("the same external files again").isEmpty();
    }

    @Test
    void anAdministratorRedeploysOverRestAndNobodyElseMay() {
        deployer.deploy();
        ResponseEntity<Map<String, Object>> byAdmin = api.post("demo", "/api/process-deployments", "");
        assertThat(byAdmin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<?>) byAdmin.getBody().get("newProcessDefinitions")).isEmpty();
        assertThat(api.post("servicemgr1", "/api/process-deployments", "").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private ProcessDefinition latest() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult();
    }
}
