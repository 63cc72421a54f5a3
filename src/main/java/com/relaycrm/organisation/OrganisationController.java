package com.relaycrm.organisation;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organisation structure, for pick lists: any signed-in employee may read it. */
@RestController
@RequestMapping("/api/organisation")
class OrganisationController {

    private final OrganisationService organisation;

    OrganisationController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/departments")
    List<Department> departments() {
        return organisation.departments();
    }

    @GetMapping("/regions")
    List<Region> regions() {
        return organisation.regions();
    }
}
