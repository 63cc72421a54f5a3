package com.relaycrm.serviceplan.process;

import com.relaycrm.process.ProcessGateway;

/**
 * The {@code service-plan-generation} process ({@code processes/service-plan-generation.bpmn}): started by its own
 * timer on relay.service-plans.generation-cycle, so nothing starts or moves it from Java; it owns the names its one
 * step sets.
 */
@ProcessGateway(ServicePlanGenerationProcess.KEY)
public final class ServicePlanGenerationProcess {

    public static final String KEY = "service-plan-generation";

    private ServicePlanGenerationProcess() {
    }

    public static final class Timers {
        /** The timer start event on {@code ${servicePlanSchedule.generationCycle}}. */
        public static final String GENERATION_DUE = "GenerationDue";

        private Timers() {
        }
    }

    public static final class Data {
        public static final String PLANS_CREATED = "plansCreated";
        public static final String PLANS_ALREADY_PLANNED = "plansAlreadyPlanned";

        private Data() {
        }
    }
}
