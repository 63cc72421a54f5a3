package com.relaycrm.organisation;

import com.relaycrm.organisation.internal.DepartmentRepository;
import com.relaycrm.organisation.internal.RegionRepository;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.Viewer;
import com.relaycrm.process.SystemAccess;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbc;

    OrganisationService(IdentityService identityService, SystemAccess systemAccess,
                        DepartmentRepository departments, RegionRepository regions, JdbcTemplate jdbc) {
        this.identityService = identityService;
        this.systemAccess = systemAccess;
        this.departments = departments;
        this.regions = regions;
        this.jdbc = jdbc;
    }

    public boolean isMember(String userId, String groupId) {
        return isMemberOfAny(userId, groupId);
    }

    /** Whether the user belongs to at least one of the groups: one query, however many groups. */
    public boolean isMemberOfAny(String userId, String... groupIds) {
        return systemAccess.call(() ->
                identityService.createGroupQuery().groupMember(userId).groupIdIn(groupIds).count() > 0);
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
                .singleResult()).map(User::getEmail).filter(e -> !e.isBlank()));
    }

    /** The user as the services know them: their id and groups (for a step acting as the user who started it). */
    public Viewer viewer(String userId) {
        return new Viewer(userId, groupIds(userId));
    }

    /** The users of a group, by id. */
    public List<String> membersOfGroup(String groupId) {
        return systemAccess.call(() -> identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc()
                .list().stream().map(User::getId).toList());
    }

    /** How people know the user: "Zhao Lei", or the user id when the directory has no name. */
    public String displayName(String userId) {
        User user = systemAccess.call(() ->
                identityService.createUserQuery().userId(userId).singleResult());
        return user == null ? userId : fullName(user);
    }

    /** A group as people know it: its name in the directory ("Sales managers / 销售经理"), or its id without one. */
    public String groupName(String groupId) {
        org.camunda.bpm.engine.identity.Group group = systemAccess.call(() ->
                identityService.createGroupQuery().groupId(groupId).singleResult());
        return group == null || group.getName() == null || group.getName().isBlank() ? groupId : group.getName();
    }

    /**
     * Who held or holds a step, as forms show it: "Zhao Lei (salesmgr1)", the full name with the id people also
     * use; the id alone when the directory has no name, empty for nobody.
     */
    public String nameAndId(String userId) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        return nameAndId(userId, displayName(userId));
    }

    /** {@link #nameAndId} of each of several users, from one query (a step showing two people asks once). */
    public Map<String, String> namesAndIds(Collection<String> userIds) {
        Map<String, String> names = fullNames(userIds);
        Map<String, String> shown = new java.util.HashMap<>();
        for (String userId : userIds) {
            shown.put(userId, userId == null || userId.isBlank() ? ""
                    : nameAndId(userId, names.getOrDefault(userId, userId)));
        }
        return shown;
    }

    private static String nameAndId(String userId, String name) {
        return name.equals(userId) ? userId : name + " (" + userId + ")";
    }

    /**
     * The users of a group with their full names ({@link #fullNames}), ordered by user id: {@link #membersOfGroup}
     * and their names from one query.
     */
    public Map<String, String> membersOfGroupWithNames(String groupId) {
        return systemAccess.call(() -> identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc()
                .list().stream().collect(Collectors.toMap(User::getId, OrganisationService::fullName, (a, b) -> a,
                        java.util.LinkedHashMap::new)));
    }

    /** How many user ids {@link #fullNames} takes at once. */
    public static final int MAX_NAMES = 200;

    /** "First Last" of each known user id (the id itself when the user has no name); unknown ids are left out. */
    public Map<String, String> fullNames(Collection<String> userIds) {
        List<String> ids = userIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
        if (ids.size() > MAX_NAMES) {
            throw new InvalidInputException("ids", "at most " + MAX_NAMES + " user ids at once");
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        return systemAccess.call(() -> identityService.createUserQuery().userIdIn(ids.toArray(String[]::new))
                .list().stream().collect(Collectors.toMap(
                        User::getId, OrganisationService::fullName)));
    }

    private static String fullName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }

    public List<String> groupIds(String userId) {
        return systemAccess.call(() -> identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).toList());
    }

    public boolean departmentExists(String code) {
        return departments.findByCode(code).isPresent();
    }

    /** The codes of the departments the user works in, in code order. */
    public List<String> departmentsOf(String userId) {
        return jdbc.queryForList("select department_code from department_member where user_id = ? "
                + "order by department_code", String.class, userId);
    }

    public boolean worksIn(String userId, String departmentCode) {
        return departmentCode != null && departmentsOf(userId).contains(departmentCode);
    }

    /** The user ids of a department's members. */
    public List<String> membersOf(String departmentCode) {
        return jdbc.queryForList("select user_id from department_member where department_code = ? order by user_id",
                String.class, departmentCode);
    }

    /** Puts an existing user into an existing department; doing it twice changes nothing. */
    @Transactional
    public void addToDepartment(String userId, String departmentCode) {
        if (departmentCode == null || !departmentExists(departmentCode)) {
            throw new InvalidInputException("departmentCode", "no department " + departmentCode);
        }
        if (userId == null || systemAccess.call(() -> identityService.createUserQuery().userId(userId).count()) == 0) {
            throw new InvalidInputException("userId", "no user " + userId);
        }
        if (!worksIn(userId, departmentCode)) {
            jdbc.update("insert into department_member (department_code, user_id) values (?, ?)", departmentCode,
                    userId);
        }
    }

    /** Takes the user out of the department; returns whether they were in it. */
    @Transactional
    public boolean removeFromDepartment(String userId, String departmentCode) {
        return jdbc.update("delete from department_member where department_code = ? and user_id = ?", departmentCode,
                userId) > 0;
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
