package com.relaycrm.organisation;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerCommands.NewAsset;
import com.relaycrm.customer.CustomerCommands.NewContact;
import com.relaycrm.customer.CustomerCommands.NewCustomer;
import com.relaycrm.customer.CustomerKind;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.customer.MemberTier;
import java.time.LocalDate;
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
 * Demo organisation, users and customers for trying Relay CRM (default profile only: {@code relay.demo-data.enabled},
 * off in the {@code postgres} profile). Every user's password is their user id. Safe to run on every start.
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
    private final CustomerService customers;

    DemoData(IdentityService identityService, AuthorizationService authorizationService,
             OrganisationService organisation, CustomerService customers) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.organisation = organisation;
        this.customers = customers;
    }

    private record DemoUser(String id, String firstName, String lastName, List<String> groups, String department) {}

    private static final Map<String, String> GROUPS = Map.of(
            Groups.CAMUNDA_ADMIN, "Camunda administrators",
            Groups.ADMIN, "Administrators",
            Groups.SALES, "Sales",
            Groups.SALES_MANAGER, "Sales managers",
            Groups.SERVICE, "Service desk",
            Groups.SERVICE_MANAGER, "Service managers",
            Groups.ENGINEER, "Field engineers",
            Groups.FINANCE, "Finance",
            Groups.WAREHOUSE, "Warehouse");

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
        customers();
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

    private void customers() {
        Viewer admin = new Viewer("demo", List.of(Groups.ADMIN));
        LocalDate today = LocalDate.now();
        Customer huaxin = customer(admin, new NewCustomer("CUST-0001", "北京华信科技有限公司 Huaxin Technology",
                CustomerKind.COMPANY, MemberTier.NONE, null, "Manufacturing", "BJ", "SALES-N", "A",
                "purchasing@huaxin.example.com", "010-8888-0001", "sales1"));
        Customer mingda = customer(admin, new NewCustomer("CUST-0002", "上海明达医疗器械 Mingda Medical",
                CustomerKind.COMPANY, MemberTier.NONE, null, "Healthcare", "SH", "SALES-N", "B",
                "office@mingda.example.com", "021-6666-0002", "salesmgr1"));
        Customer wang = customer(admin, new NewCustomer("CUST-0003", "王芳 Wang Fang", CustomerKind.INDIVIDUAL,
                MemberTier.GOLD, "6200000000000003", null, "BJ-1", null, null, "wang.fang@mail.example.com",
                "138-0000-0003", "sales1"));
        customer(admin, new NewCustomer("CUST-0004", "李强 Li Qiang", CustomerKind.INDIVIDUAL, MemberTier.STANDARD,
                "6200000000000004", null, "BJ-1", null, null, "li.qiang@mail.example.com", "139-0000-0004", "sales1"));
        if (huaxin != null) {
            var zhang = customers.addContact(huaxin.getId(), new NewContact("张伟 Zhang Wei", "IT manager",
                    "zhang.wei@huaxin.example.com", "010-8888-0101", null), admin);
            customers.addContact(huaxin.getId(), new NewContact("刘洋 Liu Yang", "Equipment technician",
                    "liu.yang@huaxin.example.com", "010-8888-0102", zhang.getId()), admin);
            customers.addAsset(huaxin.getId(), new NewAsset("IP500-2025-0001", "Industrial printer IP-500",
                    "PRINTER", today.minusMonths(6), today.plusMonths(18)), admin);
            customers.addAsset(huaxin.getId(), new NewAsset("AC75-2019-0042", "Air compressor AC-75",
                    "COMPRESSOR", today.minusYears(6), today.minusYears(3)), admin);
        }
        if (mingda != null) {
            customers.addContact(mingda.getId(), new NewContact("陈静 Chen Jing", "Procurement",
                    "chen.jing@mingda.example.com", "021-6666-0201", null), admin);
            customers.addAsset(mingda.getId(), new NewAsset("UV200-2024-0107", "UV sterilizer UV-200",
                    "STERILIZER", today.minusMonths(20), today.plusMonths(4)), admin);
        }
        if (wang != null) {
            customers.addAsset(wang.getId(), new NewAsset("CM3-2021-0733", "Coffee machine CM-3",
                    "COFFEE_MACHINE", today.minusYears(4), today.minusYears(2)), admin);
        }
    }

    /** Creates the customer unless its code exists; returns it only when created now. */
    private Customer customer(Viewer admin, NewCustomer command) {
        if (customers.customerByCode(command.code()).isPresent()) {
            return null;
        }
        return customers.create(command, admin);
    }
}
