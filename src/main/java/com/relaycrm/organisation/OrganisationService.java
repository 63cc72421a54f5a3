package com.relaycrm.organisation;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.process.SystemAccess;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departments, regions and the people in them. Users and groups live in Camunda's identity service (managed in
 * Camunda Admin); this service answers questions about them for the other business areas.
 */
@Service
public class OrganisationService {

    private final IdentityService identityService;
    private final SystemAccess systemAccess;
    private final DepartmentRepository departments;
    private final RegionRepository regions;

    OrganisationService(IdentityService identityService, SystemAccess systemAccess,
                        DepartmentRepository departments, RegionRepository regions) {
        this.identityService = identityService;
        this.systemAccess = systemAccess;
        this.departments = departments;
        this.regions = regions;
    }

    public boolean isMember(String userId, String groupId) {
        return systemAccess.call(() ->
                identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0);
    }

    /** Fails with a message naming the field unless the user exists and belongs to the group. */
    public void requireMember(String field, String userId, String groupId) {
        if (!isMember(userId, groupId)) {
            throw new InvalidInputException(field, "'" + userId + "' is not a member of the " + groupId + " group");
        }
    }

    /** The user's email address from the identity service, if they have one. */
    public Optional<String> emailOf(String userId) {
        return systemAccess.call(() -> Optional.ofNullable(identityService.createUserQuery().userId(userId)
                .singleResult()).map(org.camunda.bpm.engine.identity.User::getEmail).filter(e -> !e.isBlank()));
    }

    public List<String> groupIds(String userId) {
        return systemAccess.call(() -> identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).toList());
    }

    public boolean departmentExists(String code) {
        return departments.findByCode(code).isPresent();
    }

    public boolean regionExists(String code) {
        return regions.findByCode(code).isPresent();
    }

    @Transactional
    public Department addDepartment(String code, String name, String parentCode) {
        return departments.findByCode(code).orElseGet(() -> departments.save(new Department(code, name, parentCode)));
    }

    @Transactional
    public Region addRegion(String code, String name, String parentCode) {
        return regions.findByCode(code).orElseGet(() -> regions.save(new Region(code, name, parentCode)));
    }

    public List<Department> departments() {
        return departments.findAll();
    }

    public List<Region> regions() {
        return regions.findAll();
    }
}
