/**
 * The {@code service-plan} and {@code service-plan-generation} processes: their gateways
 * ({@link com.relaycrm.serviceplan.process.ServicePlanProcess} starts a plan's process,
 * {@link com.relaycrm.serviceplan.process.ServicePlanGenerationProcess} runs on its own timer), the delegates, the
 * beans their expressions call ({@code servicePlans}, {@code servicePlanSchedule}) and the plans' emails. Internal to
 * the serviceplan module.
 */
package com.relaycrm.serviceplan.process;
