package com.relaycrm.service.process;

import com.relaycrm.service.process.ServiceRequestProcess.Variables;
import com.relaycrm.organisation.Groups;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.FormOptions;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The engineers a dispatcher may choose from ("Wu Gang (engineer1)"): members of the engineer group only. */
@Component
class EngineerOptions implements FormOptions {

    private final OrganisationService organisation;

    EngineerOptions(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @Override
    public String valuesKey() {
        return Variables.ENGINEER_OPTIONS;
    }

    @Override
    public List<Option> options(DelegateTask task) {
        // the members and their names from one query
        java.util.Map<String, String> engineers = organisation.membersOfGroupWithNames(Groups.ENGINEER);
        return FormOptions.people(List.copyOf(engineers.keySet()), ids -> engineers, Integer.MAX_VALUE);
    }
}
