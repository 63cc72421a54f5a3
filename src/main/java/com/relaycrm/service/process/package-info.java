/**
 * The {@code service-request} process: its gateway {@link com.relaycrm.service.process.ServiceRequestProcess} (key,
 * task, timer, form and variable names; starts it), the delegates of its steps and the dispatch form's engineer
 * options. Internal to the service module.
 */
package com.relaycrm.service.process;
