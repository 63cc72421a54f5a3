package com.relaycrm.organisation.internal;

import com.relaycrm.organisation.Groups;
import com.relaycrm.organisation.OrganisationService;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo organisation and users for trying Relay CRM (default profile only: {@code relay.demo-data.enabled},
 * off in the {@code postgres} profile). Every user's password is their user id. Safe to run on every start. The demo
 * customers follow ({@code customer.CustomerDemoData}), then each area's own demo records.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "relay.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String MAIL_DOMAIN = "@relaycrm.example.com";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final OrganisationService organisation;

    DemoData(IdentityService identityService, AuthorizationService authorizationService,
             OrganisationService organisation) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.organisation = organisation;
    }

    private record DemoUser(String id, String firstName, String lastName, List<String> groups, String department) {}

    /** Group names as Tasklist, Admin and the forms show them, in English and Chinese (README "Tasklist forms"). */
    private static final Map<String, String> GROUPS = Map.of(
            Groups.CAMUNDA_ADMIN, "Camunda administrators / Camunda 管理员",
            Groups.ADMIN, "Administrators / 管理员",
            Groups.SALES, "Sales / 销售",
            Groups.SALES_MANAGER, "Sales managers / 销售经理",
            Groups.SERVICE, "Service desk / 客服",
            Groups.SERVICE_MANAGER, "Service managers / 服务经理",
            Groups.ENGINEER, "Field engineers / 现场工程师",
            Groups.FINANCE, "Finance / 财务",
            Groups.WAREHOUSE, "Warehouse / 仓库");

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("demo", "Demo", "Administrator", List.of(Groups.CAMUNDA_ADMIN, Groups.ADMIN), "HQ"),
            new DemoUser("sales1", "Li", "Na", List.of(Groups.SALES), "SALES-N"),
            new DemoUser("sales2", "Wang", "Tao", List.of(Groups.SALES), "SALES-N"),
            new DemoUser("sales3", "Liu", "Mei", List.of(Groups.SALES), "SALES-N"),
            new DemoUser("salesmgr1", "Zhao", "Lei", List.of(Groups.SALES_MANAGER, Groups.SALES), "SALES-N"),
            new DemoUser("service1", "Chen", "Jing", List.of(Groups.SERVICE), "SERVICE"),
            new DemoUser("servicemgr1", "Sun", "Hao", List.of(Groups.SERVICE_MANAGER, Groups.SERVICE), "SERVICE"),
            new DemoUser("engineer1", "Wu", "Gang", List.of(Groups.ENGINEER), "SERVICE"),
            new DemoUser("engineer2", "Zhou", "Min", List.of(Groups.ENGINEER), "SERVICE"),
            new DemoUser("finance1", "Huang", "Li", List.of(Groups.FINANCE), "FINANCE"),
            new DemoUser("finance2", "Ma", "Jun", List.of(Groups.FINANCE), "FINANCE"),
            new DemoUser("warehouse1", "Xu", "Qiang", List.of(Groups.WAREHOUSE), "WAREHOUSE"));

    @Override
    public void run(ApplicationArguments args) {
        identity();
        adminAuthorizations();
        organisation();
        log.info("Demo data ready: users {} (password = user id)", USERS.stream().map(DemoUser::id).toList());
    }

    private void identity() {
        GROUPS.forEach((id, name) -> {
            if (identityService.createGroupQuery().groupId(id).count() == 0) {
                Group group = identityService.newGroup(id);
                group.setName(name);
                group.setType(id.equals(Groups.CAMUNDA_ADMIN) ? "SYSTEM" : "WORKFLOW");
                identityService.saveGroup(group);
            }
        });
        for (DemoUser demo : USERS) {
            if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
                User user = identityService.newUser(demo.id());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setEmail(demo.id() + MAIL_DOMAIN);
                user.setPassword(demo.id());
                identityService.saveUser(user);
                demo.groups().forEach(group -> identityService.createMembership(demo.id(), group));
            }
        }
    }

    /** The Camunda administrators may do everything, as Camunda's own admin set-up grants. */
    private void adminAuthorizations() {
        for (Resource resource : Resources.values()) {
            boolean granted = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                    .groupIdIn(Groups.CAMUNDA_ADMIN).resourceType(resource).resourceId(ANY).count() > 0;
            if (!granted) {
                Authorization all = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
                all.setGroupId(Groups.CAMUNDA_ADMIN);
                all.setResource(resource);
                all.setResourceId(ANY);
                all.addPermission(Permissions.ALL);
                authorizationService.saveAuthorization(all);
            }
        }
    }

    private void organisation() {
        organisation.addDepartment("HQ", "总部 Head office", null);
        organisation.addDepartment("SALES-N", "华北销售部 Sales North", "HQ");
        organisation.addDepartment("SERVICE", "客户服务部 Customer service", "HQ");
        organisation.addDepartment("FINANCE", "财务部 Finance", "HQ");
        organisation.addDepartment("WAREHOUSE", "仓储部 Warehouse", "HQ");
        organisation.addRegion("CN", "全国 China", null);
        organisation.addRegion("NORTH", "华北 North China", "CN");
        organisation.addRegion("BJ", "北京 Beijing", "NORTH");
        organisation.addRegion("BJ-1", "北京1店 Beijing store 1", "BJ");
        organisation.addRegion("EAST", "华东 East China", "CN");
        organisation.addRegion("SH", "上海 Shanghai", "EAST");
        USERS.forEach(user -> organisation.addToDepartment(user.id(), user.department()));
    }
}
