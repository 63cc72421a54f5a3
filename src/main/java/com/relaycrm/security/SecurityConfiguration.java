package com.relaycrm.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Nothing is reachable without logging in:
 * <ul>
 *   <li>the webapps (Tasklist, Cockpit, Admin under /camunda) have Camunda's own login;</li>
 *   <li>the engine REST API (/engine-rest) takes HTTP Basic credentials checked by Camunda's
 *       {@link ProcessEngineAuthenticationFilter};</li>
 *   <li>the domain REST API (/api) and actuator take HTTP Basic credentials checked against the same identity
 *       service; the request then runs as that user in the engine. A person signed in to the webapps may also
 *       READ through their browser session ({@link WebappSessionFilter});</li>
 *   <li>the report pages (/reports, charts a manager opens) need that webapp sign-in; without it the browser is sent
 *       to the sign-in page. The pages hold no data: they read it from /api, where each report checks its roles.</li>
 * </ul>
 * Everything else outside these paths (the email approval pages under /approval) is public on purpose and must
 * guard itself; a new page or endpoint elsewhere must be added to a chain here.
 * Camunda authorization checks are enabled (camunda.bpm.authorization.enabled). Failed logins on every path are
 * throttled ({@link LoginThrottle}); Camunda's own lock is switched off (camunda.bpm.generic-properties).
 *
 * <p>The one exception is {@value #WEBSITE_LEAD_FORM} (POST only): the website's contact form, which creates a
 * lead without a login; it is rate-limited per client address and validated (sales/lead/WebLeadController).
 */
@Configuration
public class SecurityConfiguration {

    /** The only anonymous write: the website's lead form. */
    public static final String WEBSITE_LEAD_FORM = "/api/public/leads";

    /**
     * Where a browser without a webapp sign-in is sent from a report or record page: our sign-in page, which signs in
     * to the webapps (as Tasklist's form does) and then returns to the page asked for ({@code ?return=}).
     */
    static final String SIGN_IN_PAGE = "/sign-in.html";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService, CurrentUser currentUser,
            ProcessEngine processEngine) throws Exception {
        return http
                .securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, WEBSITE_LEAD_FORM).permitAll()
                        // a load balancer or the node next door asks whether this node serves: the status only
                        // (UP, DEGRADED, DOWN), the components stay for administrators (show-details)
                        .requestMatchers(HttpMethod.GET, "/actuator/health").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        // the webapps' session is theirs: changing its id here would break their parallel requests
                        .sessionFixation(fixation -> fixation.none()))
                .addFilterAfter(new WebappSessionFilter(processEngine.getName()), BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineIdentityFilter(identityService, currentUser), WebappSessionFilter.class)
                .build();
    }

    /**
     * Report pages and record pages: static files under /reports and /records that draw /api data, for people signed
     * in to the webapps (each record's data permission is checked by /api, not by the page).
     */
    @Bean
    SecurityFilterChain reportPages(HttpSecurity http, ProcessEngine processEngine) throws Exception {
        return http
                .securityMatcher("/reports/**", "/records/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        // the webapps' session is theirs: changing its id here would break their parallel requests
                        .sessionFixation(fixation -> fixation.none()))
                .addFilterBefore(new WebappSessionFilter(processEngine.getName()), AnonymousAuthenticationFilter.class)
                .exceptionHandling(handling -> handling.authenticationEntryPoint((request, response, refused) -> {
                    String page = request.getRequestURI()
                            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                    response.sendRedirect(SIGN_IN_PAGE + "?return="
                            + java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8));
                }))
                .build();
    }

    /**
     * Failed logins throttled on every login path, before Spring Security and the engine REST API's authentication
     * check a password (and before the webapps' sign-in resource does).
     */
    @Bean
    FilterRegistrationBean<Filter> loginThrottling(LoginThrottle throttle,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new LoginThrottleFilter(throttle, webappPath));
        registration.setName("relay-login-throttle");
        registration.addUrlPatterns("/api/*", "/actuator/*", "/engine-rest/*", webappPath + "/api/admin/auth/user/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    /** Staff who follow Tasklist's links into Cockpit get a page that explains where their record is, not a 403. */
    @Bean
    FilterRegistrationBean<Filter> staffCockpitPage(ProcessEngine processEngine,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new StaffCockpitFilter(processEngine.getName()));
        registration.setName("relay-staff-cockpit-page");
        registration.addUrlPatterns(webappPath + "/app/cockpit/*");
        // before the webapps' own filters, whose security filter answers 403
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> engineRestAuthentication() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-auth");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        // before process/rest/EngineRestGuardFilter, which needs to know who sends a start or a completion
        registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
