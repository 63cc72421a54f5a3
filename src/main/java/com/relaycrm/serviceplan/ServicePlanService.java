package com.relaycrm.serviceplan;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.NotFoundException;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.organisation.Groups;
import com.relaycrm.service.RequestType;
import com.relaycrm.service.ServiceRequest;
import com.relaycrm.service.ServiceRequestCommands.NewServiceRequest;
import com.relaycrm.service.ServiceRequestService;
import com.relaycrm.serviceplan.ServicePlanGenerator.Candidate;
import com.relaycrm.serviceplan.ServicePlanProperties.PlanTemplate;
import com.relaycrm.serviceplan.process.ServicePlanProcess;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proactive service plans (主动服务计划): each generated plan runs the {@code service-plan} process, which reminds
 * before its date and has it carried out as a call with a result or turned into a work order on the service flow;
 * birthday care sends the member a greeting and records the contact in the customer's history.
 *
 * <p>Data permission: managers (admin, sales-manager, service-manager) see every plan; others the plans assigned to
 * them or offered to one of their groups.
 */
@Service
@Transactional
public class ServicePlanService {

    static final String[] MANAGERS = {Groups.ADMIN, Groups.SALES_MANAGER, Groups.SERVICE_MANAGER};

    private final ServicePlanRepository plans;
    private final CustomerService customers;
    private final ServiceRequestService serviceRequests;
    private final ServicePlanProcess process;

    ServicePlanService(ServicePlanRepository plans, CustomerService customers, ServiceRequestService serviceRequests,
                       ServicePlanProcess process) {
        this.plans = plans;
        this.customers = customers;
        this.serviceRequests = serviceRequests;
        this.process = process;
    }

    /** Stores the plan and starts its process, unless a plan with the same key exists. */
    Optional<ServicePlan> createUnlessPlanned(PlanTemplate template, Candidate candidate) {
        if (plans.existsByPlanKey(candidate.key())) {
            return Optional.empty();
        }
        Customer customer = customers.customer(candidate.customerId());
        String assignee = "owner".equals(template.assignee()) ? customer.getOwnerId() : template.assignee();
        ServicePlan plan = plans.save(new ServicePlan(candidate.key(), template.kind(), customer.getId(),
                candidate.assetId(), candidate.sourceReference(), candidate.subject(), candidate.dueDate(),
                assignee, assignee == null ? template.candidateGroup() : null));
        plan.attachProcess(process.start(plan, customer));
        return Optional.of(plan);
    }

    @Transactional(readOnly = true)
    public ServicePlan plan(long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("Service plan", id));
    }

    /**
     * A page of the plans the viewer may see, soonest due first: managers all, everyone else those assigned to them
     * or offered to one of their groups (the same rule as {@link #plan(long, Viewer)}, asked of the database).
     */
    @Transactional(readOnly = true)
    public Page<ServicePlan> visibleTo(Viewer viewer, Pageable page) {
        if (viewer.inAny(MANAGERS)) {
            return plans.findAllByOrderByDueDateAscIdAsc(page);
        }
        if (viewer.groups().isEmpty()) {
            return plans.findByAssigneeIdOrderByDueDateAscIdAsc(viewer.userId(), page);
        }
        return plans.findAssignedOrOffered(viewer.userId(), viewer.groups(), page);
    }

    @Transactional(readOnly = true)
    public ServicePlan plan(long id, Viewer viewer) {
        ServicePlan plan = plan(id);
        if (!maySee(plan, viewer)) {
            throw new NotFoundException("Service plan", id);
        }
        return plan;
    }

    /** The customer's plans the viewer may see, in due-date order (for the customer page). */
    @Transactional(readOnly = true)
    public List<ServicePlan> ofCustomer(long customerId, Viewer viewer) {
        return plans.findByCustomerIdOrderById(customerId).stream().filter(p -> maySee(p, viewer))
                .sorted(java.util.Comparator.comparing(ServicePlan::getDueDate).thenComparing(ServicePlan::getId))
                .toList();
    }

    /** The customer's plans the viewer may see after the timeline position, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    List<ServicePlan> ofCustomerBefore(long customerId, Viewer viewer, Instant at, long idBelow, int limit) {
        // an empty IN list is not valid SQL everywhere: a viewer in no group matches no candidate group
        List<String> groups = viewer.groups().isEmpty() ? List.of("") : viewer.groups();
        return plans.ofCustomerBefore(customerId, viewer.inAny(MANAGERS), viewer.userId(), groups, at, idBelow,
                PageRequest.of(0, limit));
    }

    static boolean maySee(ServicePlan plan, Viewer viewer) {
        return viewer.inAny(MANAGERS) || viewer.userId().equals(plan.getAssigneeId())
                || plan.getCandidateGroup() != null && viewer.inAny(plan.getCandidateGroup());
    }

    /** "Record outcome": a call with its result, or a work order (a service request on the service flow). */
    public ServicePlan carriedOut(long planId, PlanOutcome outcome, String result, String userId) {
        ServicePlan plan = plan(planId);
        if (plan.getStatus() != PlanStatus.PLANNED) {
            throw new InvalidInputException("planOutcome", "plan " + planId + " is already " + plan.getStatus());
        }
        if (result == null || result.isBlank()) {
            throw new InvalidInputException("planResult", "is required");
        }
        if (outcome == PlanOutcome.WORK_ORDER) {
            ServiceRequest request = serviceRequests.openFor(new NewServiceRequest(plan.getCustomerId(),
                    plan.getAssetId(), plan.getTemplateKind() == PlanKind.MAINTENANCE ? RequestType.REPAIR
                    : RequestType.CONSULTATION, plan.getSubject(), result.trim()), userId);
            plan.converted(request.getId(), result.trim(), userId);
        } else {
            plan.done(result.trim(), userId);
            customers.recordContact(plan.getCustomerId(), "CALL", plan.getSubject(), result.trim(),
                    "SP-" + plan.getId(), userId);
        }
        return plan;
    }

    /** Birthday care done: the greeting went out (or could not, without an email address). */
    public void greeted(long planId, boolean sent, String userId) {
        ServicePlan plan = plan(planId);
        if (sent) {
            customers.recordContact(plan.getCustomerId(), "EMAIL", plan.getSubject(), "Birthday greeting sent",
                    "SP-" + plan.getId(), userId);
        }
        plan.done(sent ? "Greeting emailed" : "No email address: no greeting sent", userId);
    }
}
