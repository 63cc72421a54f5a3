package com.relaycrm.organisation.web;

import com.relaycrm.organisation.Department;
import com.relaycrm.organisation.Groups;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.organisation.Region;
import com.relaycrm.security.CurrentUser;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation structure, for pick lists: any signed-in employee may read it. Who works in which department is
 * kept by the administrators.
 */
@RestController
@RequestMapping("/api/organisation")
class OrganisationController {

    private final OrganisationService organisation;
    private final CurrentUser currentUser;

    OrganisationController(OrganisationService organisation, CurrentUser currentUser) {
        this.organisation = organisation;
        this.currentUser = currentUser;
    }

    @GetMapping("/departments")
    List<Department> departments() {
        return organisation.departments();
    }

    @GetMapping("/departments/{code}/members")
    List<String> members(@PathVariable String code) {
        return organisation.membersOf(code);
    }

    /** The departments of the signed-in user (those they may raise expenses on). */
    @GetMapping("/my-departments")
    List<String> myDepartments() {
        return organisation.departmentsOf(currentUser.id());
    }

    @PutMapping("/departments/{code}/members/{userId}")
    ResponseEntity<Void> addMember(@PathVariable String code, @PathVariable String userId) {
        currentUser.viewer().requireAny("change who works in a department", Groups.ADMIN);
        organisation.addToDepartment(userId, code);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/departments/{code}/members/{userId}")
    ResponseEntity<Void> removeMember(@PathVariable String code, @PathVariable String userId) {
        currentUser.viewer().requireAny("change who works in a department", Groups.ADMIN);
        return organisation.removeFromDepartment(userId, code)
                ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    /**
     * Full names of employees for the record pages, which show people by name rather than by user id: at most
     * {@value OrganisationService#MAX_NAMES} ids a request; an unknown id is left out.
     */
    @GetMapping("/user-names")
    java.util.Map<String, String> userNames(@org.springframework.web.bind.annotation.RequestParam List<String> ids) {
        return organisation.fullNames(ids);
    }

    @GetMapping("/regions")
    List<Region> regions() {
        return organisation.regions();
    }
}
