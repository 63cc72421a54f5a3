package com.relaycrm.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Nothing is reachable without logging in:
 * <ul>
 *   <li>the webapps (Tasklist, Cockpit, Admin under /camunda) have Camunda's own login;</li>
 *   <li>the engine REST API (/engine-rest) takes HTTP Basic credentials checked by Camunda's
 *       {@link ProcessEngineAuthenticationFilter};</li>
 *   <li>the domain REST API (/api) and actuator take HTTP Basic credentials checked against the same identity
 *       service; the request then runs as that user in the engine.</li>
 * </ul>
 * Camunda authorization checks are enabled (camunda.bpm.authorization.enabled).
 *
 * <p>The one exception is {@value #WEBSITE_LEAD_FORM} (POST only): the website's contact form, which creates a
 * lead without a login; it is rate-limited per client address and validated (sales/lead/WebLeadController).
 */
@Configuration
public class SecurityConfiguration {

    /** The only anonymous write: the website's lead form. */
    public static final String WEBSITE_LEAD_FORM = "/api/public/leads";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService, CurrentUser currentUser)
            throws Exception {
        return http
                .securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, WEBSITE_LEAD_FORM).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterAfter(new EngineIdentityFilter(identityService, currentUser), BasicAuthenticationFilter.class)
                .build();
    }

    @Bean
    FilterRegistrationBean<Filter> engineRestAuthentication() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-auth");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }
}
