package com.relaycrm.expense.process;

import com.relaycrm.organisation.Department;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.FormOptions;
import com.relaycrm.process.StartFormOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The departments a requester raises an expense on ({@code relay:options} = {@code myDepartments} on the expense
 * start form): the ones they work in, by name ("华北销售部 Sales North (SALES-N)"), preselected when there is one. The
 * request still checks that the requester works in the department.
 */
@Component
class DepartmentStartOptions implements StartFormOptions {

    private final OrganisationService organisation;

    DepartmentStartOptions(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @Override
    public String name() {
        return "myDepartments";
    }

    @Override
    public Optional<List<FormOptions.Option>> options(String userId) {
        List<String> codes = organisation.departmentsOf(userId);
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> names = organisation.departments().stream()
                .collect(Collectors.toMap(Department::getCode, Department::getName, (a, b) -> a));
        return Optional.of(codes.stream().map(code -> new FormOptions.Option(
                names.getOrDefault(code, code) + " (" + code + ")", code)).toList());
    }
}
