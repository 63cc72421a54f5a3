package com.relaycrm.web;

import jakarta.servlet.Filter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link RequestSizeLimitFilter} in front of everything that reads a request body, logins included. */
@Configuration
class WebLimitsConfiguration {

    @Bean
    FilterRegistrationBean<Filter> requestSizeLimits(WebLimitsProperties limits,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(limits));
        registration.setName("relay-request-size-limits");
        registration.addUrlPatterns("/api/*", "/actuator/*", "/engine-rest/*", webappPath + "/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 20);
        return registration;
    }
}
