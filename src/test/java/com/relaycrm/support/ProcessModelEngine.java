package com.relaycrm.support;

import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@link ProcessEngineExtension} on the fast tier's own in-memory engine
 * ({@code process-model-tests.camunda.cfg.xml}): deploys the test's {@code @Deployment}, points camunda-bpm-assert at
 * this engine, and registers a recording no-op for every delegate expression of the deployed diagrams before the
 * test; removes the deployment and the mocks after it. Used through {@link ProcessModelTest}.
 */
public class ProcessModelEngine extends ProcessEngineExtension {

    private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{([A-Za-z_][A-Za-z0-9_]*)}\"");

    public ProcessModelEngine() {
        configurationResource = "process-model-tests.camunda.cfg.xml";
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        super.beforeTestExecution(context);
        AbstractAssertions.init(processEngine);
        ModelMocks.reset();
        RepositoryService repository = processEngine.getRepositoryService();
        if (deploymentId != null) {
            for (Resource resource : repository.getDeploymentResources(deploymentId)) {
                if (resource.getName().endsWith(".bpmn")) {
                    registerDelegates(repository.getResourceAsStream(deploymentId, resource.getName()));
                }
            }
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        try {
            super.afterTestExecution(context);
        } finally {
            ModelMocks.reset();
            Mocks.reset();
        }
    }

    private static void registerDelegates(InputStream bpmn) {
        try (bpmn) {
            Matcher delegate = DELEGATE.matcher(new String(bpmn.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            while (delegate.find()) {
                ModelMocks.registerRecorder(delegate.group(1));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
