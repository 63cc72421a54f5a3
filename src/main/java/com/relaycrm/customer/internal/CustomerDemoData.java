package com.relaycrm.customer.internal;

import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerKind;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.CustomerCommands.NewAsset;
import com.relaycrm.customer.CustomerCommands.NewContact;
import com.relaycrm.customer.CustomerCommands.NewCustomer;
import com.relaycrm.organisation.Groups;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo customers with contacts and assets, created after the demo organisation ({@code organisation.DemoData},
 * order 2) and before each area's demo records (order 4). Safe to run on every start.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "relay.demo-data.enabled", havingValue = "true")
class CustomerDemoData implements ApplicationRunner {

    private final CustomerService customers;

    CustomerDemoData(CustomerService customers) {
        this.customers = customers;
    }

    @Override
    public void run(ApplicationArguments args) {
        customers();
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
