package com.relaycrm.serviceplan;

import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerRecordPart;
import org.springframework.stereotype.Component;

/** The customer page's service plans (主动服务计划): those the viewer may see, as GET /api/service-plans. */
@Component
class ServicePlanCustomerPart implements CustomerRecordPart {

    private final ServicePlanService plans;

    ServicePlanCustomerPart(ServicePlanService plans) {
        this.plans = plans;
    }

    @Override
    public String name() {
        return "servicePlans";
    }

    @Override
    public Object part(Customer customer, Viewer viewer) {
        return plans.ofCustomer(customer.getId(), viewer);
    }
}
