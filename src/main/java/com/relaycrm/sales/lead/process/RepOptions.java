package com.relaycrm.sales.lead.process;

import static com.relaycrm.process.ProcessVariables.optionalString;

import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.FormOptions;
import com.relaycrm.sales.capacity.CapacityService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The reps a manager may give a pooled lead to: the active sales reps of the lead's department, least loaded first,
 * by name. The assignment still checks the rep and their maximum.
 */
@Component
class RepOptions implements FormOptions {

    private final OrganisationService organisation;
    private final CapacityService capacity;

    RepOptions(OrganisationService organisation, CapacityService capacity) {
        this.organisation = organisation;
        this.capacity = capacity;
    }

    @Override
    public String valuesKey() {
        return LeadProcess.Variables.REP_OPTIONS;
    }

    @Override
    public List<Option> options(DelegateTask task) {
        String department = optionalString(task, LeadProcess.Variables.DEPARTMENT_CODE);
        if (department == null) {
            return List.of();
        }
        return FormOptions.people(capacity.candidates(department, null), organisation::fullNames,
                OrganisationService.MAX_NAMES);
    }
}
