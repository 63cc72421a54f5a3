package com.relaycrm.process.rest;

import com.relaycrm.process.SystemAccess;
import com.relaycrm.process.forms.StartFormOffer;
import com.relaycrm.process.forms.TaskFormValues;
import com.relaycrm.process.forms.SubmissionGuard;
import jakarta.servlet.Filter;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link EngineRestGuardFilter} (writes) and {@link EngineRestReadsFilter} (the History tab, start
 * forms and task form variables) on both mounts of the engine REST API, after their authentication.
 */
@Configuration
class EngineRestGuardConfiguration {

    /** After every authentication filter (the engine REST API's HTTP Basic filter runs at {@link #AFTER} - 10). */
    static final int AFTER = Ordered.LOWEST_PRECEDENCE;

    private final EngineRestCalls calls;
    private final String webappPath;

    EngineRestGuardConfiguration(IdentityService identityService,
                                 @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        this.calls = new EngineRestCalls(identityService, webappPath);
        this.webappPath = webappPath;
    }

    @Bean
    FilterRegistrationBean<Filter> engineRestGuard(SubmissionGuard guard,
            @Value("${relay.engine-rest.max-body-bytes:262144}") int maxBodyBytes) {
        return onEngineRest("relay-engine-rest-guard", new EngineRestGuardFilter(guard, calls, maxBodyBytes));
    }

    @Bean
    FilterRegistrationBean<Filter> engineRestReads(StartFormOffer startForms, TaskFormValues taskForms,
            IdentityService identityService, TaskService taskService, HistoryService historyService,
            SystemAccess systemAccess) {
        return onEngineRest("relay-engine-rest-reads", new EngineRestReadsFilter(calls,
                new TaskHistoryTab(identityService, taskService, historyService, systemAccess), startForms,
                taskForms));
    }

    private FilterRegistrationBean<Filter> onEngineRest(String name, Filter filter) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setName(name);
        registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/engine/*");
        registration.setOrder(AFTER);
        return registration;
    }
}
