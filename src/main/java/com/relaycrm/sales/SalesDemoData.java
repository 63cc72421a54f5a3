package com.relaycrm.sales;

import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.sales.capacity.CapacityService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo sales organisation (default profile only): the reps leads are assigned to. sales1 and sales2 work for
 * 华北销售部 (Beijing, Shanghai), sales3 for 华东销售部; salesmgr1 manages and also sells in 华北.
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "relay.demo-data.enabled", havingValue = "true")
class SalesDemoData implements ApplicationRunner {

    private final OrganisationService organisation;
    private final CapacityService capacity;

    SalesDemoData(OrganisationService organisation, CapacityService capacity) {
        this.organisation = organisation;
        this.capacity = capacity;
    }

    @Override
    public void run(ApplicationArguments args) {
        organisation.addDepartment("SALES-E", "华东销售部 Sales East", "HQ");
        capacity.registerRep("sales1", "SALES-N", "BJ");
        capacity.registerRep("sales2", "SALES-N", "SH");
        capacity.registerRep("sales3", "SALES-E", "EAST");
    }
}
