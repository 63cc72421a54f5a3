package com.relaycrm.serviceplan;

import com.relaycrm.common.Timeline;
import java.util.List;
import com.relaycrm.serviceplan.process.ServicePlanProcess;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerRecordPart;
import org.springframework.stereotype.Component;

/** The customer page's service plans (主动服务计划): those the viewer may see, as GET /api/service-plans. */
@Component
class ServicePlanCustomerPart implements CustomerRecordPart {

    private static final String KIND = "service-plan";

    private final ServicePlanService plans;

    ServicePlanCustomerPart(ServicePlanService plans) {
        this.plans = plans;
    }

    @Override
    public String name() {
        return "servicePlans";
    }

    /** Plans still planned have their visit task open (no record page of their own: the customer page is theirs). */
    @Override
    public Section section(Customer customer, Viewer viewer) {
        List<ServicePlan> listed = plans.ofCustomer(customer.getId(), viewer);
        return new Section(listed, listed.stream().filter(p -> p.getStatus() == PlanStatus.PLANNED)
                .map(p -> new OpenRecord(ServicePlanProcess.KEY, ServicePlanProcess.businessKey(p.getId()),
                        p.getSubject(), "/records/customer.html?key=" + customer.getCode()))
                .toList());
    }

    /** The customer's plans the viewer may see, by when they were made. */
    @Override
    public List<Timeline.Entry> timeline(Customer customer, Viewer viewer, Timeline.Cursor after, int limit) {
        return plans.ofCustomerBefore(customer.getId(), viewer, after.at(), after.idBelow(KIND), limit).stream()
                .map(p -> new Timeline.Entry(p.getCreatedAt(), KIND, p.getId(), p.getSubject(),
                        p.getStatus().name() + " · " + p.getDueDate(), p.getAssigneeId(),
                        "/records/customer.html?key=" + customer.getCode()))
                .toList();
    }
}
