package com.relaycrm.process.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN/DMN model and Camunda Form at start-up (and on request) as one named deployment with duplicate
 * filtering: a file that did not change creates no new version, a changed file becomes a new version while running
 * instances stay on the version they started with. Forms are referenced with {@code formRefBinding="latest"}.
 */
@Component
@Order(0)
public class ProcessResourceDeployer implements ApplicationRunner {

    public static final String DEPLOYMENT_NAME = "relay-crm";
    private static final Logger log = LoggerFactory.getLogger(ProcessResourceDeployer.class);

    private final RepositoryService repositoryService;
    private final ResourcePatternResolver resolver;
    private final DeploymentProperties properties;

    public ProcessResourceDeployer(RepositoryService repositoryService, ResourcePatternResolver resolver,
                                   DeploymentProperties properties) {
        this.repositoryService = repositoryService;
        this.resolver = resolver;
        this.properties = properties;
    }

    /** What a deployment run did: the process definitions it created (empty when nothing had changed). */
    public record Result(String deploymentId, List<String> newProcessDefinitions, List<String> resources) {}

    @Override
    public void run(ApplicationArguments args) {
        deploy();
    }

    public synchronized Result deploy() {
        Map<String, Resource> resources = new TreeMap<>();
        collect(resources, properties.processesLocation(), "processes/", "**/*.bpmn", "**/*.dmn");
        collect(resources, properties.formsLocation(), "forms/", "**/*.form");
        if (resources.isEmpty()) {
            throw new IllegalStateException("No process models found at " + properties.processesLocation());
        }
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("relay-crm-deployer")
                .enableDuplicateFiltering(true);
        for (Map.Entry<String, Resource> entry : resources.entrySet()) {
            try (InputStream in = entry.getValue().getInputStream()) {
                builder.addString(entry.getKey(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + entry.getValue().getDescription(), e);
            }
        }
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        List<String> created = new ArrayList<>();
        if (deployment.getDeployedProcessDefinitions() != null) {
            for (ProcessDefinition definition : deployment.getDeployedProcessDefinitions()) {
                created.add(definition.getKey() + ":" + definition.getVersion());
            }
        }
        log.info("Deployed {} resources from {} and {}: {}", resources.size(), properties.processesLocation(),
                properties.formsLocation(), created.isEmpty() ? "nothing changed" : "new versions " + created);
        return new Result(deployment.getId(), created, List.copyOf(resources.keySet()));
    }

    private void collect(Map<String, Resource> into, String location, String prefix, String... patterns) {
        for (String pattern : patterns) {
            try {
                for (Resource resource : resolver.getResources(location + pattern)) {
                    String relative = relativeName(resource, location);
                    into.put(prefix + relative, resource);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + location + pattern, e);
            }
        }
    }

    /** The path below the location root, so that a jar and an external folder give the same resource names. */
    private String relativeName(Resource resource, String location) throws IOException {
        String url = resource.getURL().toString();
        String root = resolver.getResource(location).getURL().toString();
        if (url.startsWith(root)) {
            return url.substring(root.length());
        }
        return resource.getFilename();
    }
}
