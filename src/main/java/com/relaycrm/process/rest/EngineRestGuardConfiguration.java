package com.relaycrm.process.rest;

import com.relaycrm.process.forms.StartFormOffer;
import com.relaycrm.process.forms.SubmissionGuard;
import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link EngineRestGuardFilter} on both mounts of the engine REST API, after their authentication. */
@Configuration
class EngineRestGuardConfiguration {

    /** After every authentication filter (the engine REST API's HTTP Basic filter runs at {@link #AFTER} - 10). */
    static final int AFTER = Ordered.LOWEST_PRECEDENCE;

    @Bean
    FilterRegistrationBean<Filter> engineRestGuard(SubmissionGuard guard, StartFormOffer startForms,
            IdentityService identityService, org.camunda.bpm.engine.TaskService taskService,
            org.camunda.bpm.engine.HistoryService historyService, com.relaycrm.process.SystemAccess systemAccess,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
            @Value("${relay.engine-rest.max-body-bytes:262144}") int maxBodyBytes) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new EngineRestGuardFilter(guard, startForms, identityService, taskService, historyService,
                        systemAccess, webappPath, maxBodyBytes));
        registration.setName("relay-engine-rest-guard");
        registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/engine/*");
        registration.setOrder(AFTER);
        return registration;
    }
}
