package com.relaycrm.expense.process;

import com.relaycrm.organisation.Groups;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.FormOptions;
import com.relaycrm.process.StartFormOptions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whom a person may name as their substitute while away ({@code relay:options} = {@code colleagues} on the
 * delegation start form): the members of the person's own groups ("Zhao Lei (salesmgr1)"), not the person; the ones
 * who would otherwise take over their work; more than {@code relay.forms.start-options-max} and the user id is typed.
 * The delegation still checks that the substitute exists and is not them.
 */
@Component
class SubstituteStartOptions implements StartFormOptions {

    private final OrganisationService organisation;
    private final int max;

    SubstituteStartOptions(OrganisationService organisation,
                           @Value("${relay.forms.start-options-max:500}") int max) {
        this.organisation = organisation;
        this.max = max;
    }

    @Override
    public String name() {
        return "colleagues";
    }

    @Override
    public Optional<List<FormOptions.Option>> options(String userId) {
        Set<String> colleagues = new java.util.TreeSet<>();
        organisation.groupIds(userId).stream().filter(group -> !Groups.CAMUNDA_ADMIN.equals(group))
                .forEach(group -> colleagues.addAll(organisation.membersOfGroup(group)));
        colleagues.remove(userId);
        if (colleagues.isEmpty() || colleagues.size() > max) {
            return Optional.empty();
        }
        return Optional.of(FormOptions.people(List.copyOf(colleagues), organisation::fullNames,
                OrganisationService.MAX_NAMES));
    }
}
