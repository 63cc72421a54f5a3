package com.relaycrm.serviceplan.process;

import com.relaycrm.serviceplan.ServicePlanProperties;
import org.springframework.stereotype.Component;

/**
 * Exposes the configured generation cycle to the timer start event of {@code service-plan-generation}
 * ({@code ${servicePlanSchedule.generationCycle}}), so the period is configuration, not part of the diagram.
 */
@Component("servicePlanSchedule")
public class ServicePlanSchedule {

    private final ServicePlanProperties properties;

    ServicePlanSchedule(ServicePlanProperties properties) {
        this.properties = properties;
    }

    public String getGenerationCycle() {
        return properties.generationCycle();
    }
}
