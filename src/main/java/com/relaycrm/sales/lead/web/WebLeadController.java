package com.relaycrm.sales.lead.web;

import com.relaycrm.sales.lead.Lead;
import com.relaycrm.sales.lead.LeadCommands.WebLead;
import com.relaycrm.sales.lead.LeadService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The website's contact form (no login): the only anonymous write in the system, permitted explicitly in
 * SecurityConfiguration, rate-limited per client address and validated. Answers only a reference, never the lead.
 */
@RestController
class WebLeadController {

    static final String PATH = com.relaycrm.security.SecurityConfiguration.WEBSITE_LEAD_FORM;

    private final LeadService leads;
    private final WebFormRateLimiter limiter;

    WebLeadController(LeadService leads, WebFormRateLimiter limiter) {
        this.leads = leads;
        this.limiter = limiter;
    }

    @PostMapping(PATH)
    ResponseEntity<Map<String, Object>> submit(@Valid @RequestBody WebLead form, HttpServletRequest request) {
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", "60")
                    .body(Map.of("status", 429, "error", "Too many requests from this address; try again in a minute"));
        }
        Lead lead = leads.fromWebsite(form);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("reference", "LEAD-" + lead.getId()));
    }
}
