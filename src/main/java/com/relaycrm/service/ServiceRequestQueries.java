package com.relaycrm.service;

import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.NotFoundException;
import com.relaycrm.common.Viewer;
import com.relaycrm.organisation.Groups;
import com.relaycrm.process.OpenTasks;
import com.relaycrm.process.RecordView;
import com.relaycrm.service.internal.FactoryRepairRepository;
import com.relaycrm.service.internal.PartUsageRepository;
import com.relaycrm.service.internal.ReturnVisitRepository;
import com.relaycrm.service.internal.ServiceDesk;
import com.relaycrm.service.internal.ServiceRequestRepository;
import com.relaycrm.service.internal.SettlementRepository;
import com.relaycrm.service.internal.SlaEscalationRepository;
import com.relaycrm.service.internal.WorkOrderRepository;
import com.relaycrm.service.process.ServiceRequestProcess;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * Reading service requests, with data permissions: the service desk and administrators see every request, an
 * engineer sees the requests dispatched to them; nobody else sees any.
 */
@Service
@Transactional(readOnly = true)
public class ServiceRequestQueries {

    private final ServiceRequestRepository requests;
    private final WorkOrderRepository workOrders;
    private final PartUsageRepository parts;
    private final FactoryRepairRepository factoryRepairs;
    private final SettlementRepository settlements;
    private final ReturnVisitRepository visits;
    private final SlaEscalationRepository escalations;
    private final OpenTasks openTasks;

    ServiceRequestQueries(ServiceRequestRepository requests, WorkOrderRepository workOrders, PartUsageRepository parts,
                          FactoryRepairRepository factoryRepairs, SettlementRepository settlements,
                          ReturnVisitRepository visits, SlaEscalationRepository escalations, OpenTasks openTasks) {
        this.openTasks = openTasks;
        this.requests = requests;
        this.workOrders = workOrders;
        this.parts = parts;
        this.factoryRepairs = factoryRepairs;
        this.settlements = settlements;
        this.visits = visits;
        this.escalations = escalations;
    }

    /** A request with everything recorded on it. */
    public record ServiceRequestDetails(ServiceRequest request, List<WorkOrder> workOrders, List<PartUsage> parts,
                                        List<FactoryRepair> factoryRepairs, Settlement settlement,
                                        ReturnVisit returnVisit, List<SlaEscalation> escalations) {
    }

    public Page<ServiceRequest> visibleTo(Viewer viewer, Pageable page) {
        if (viewer.inAny(ServiceDesk.GROUPS)) {
            return requests.findAllByOrderByIdDesc(page);
        }
        if (viewer.inAny(Groups.ENGINEER)) {
            return requests.findWorkedBy(viewer.userId(), page);
        }
        throw new AccessDeniedException(viewer.userId() + " may not list service requests");
    }

    public ServiceRequestDetails details(long id, Viewer viewer) {
        ServiceRequest request = requests.findById(id).orElseThrow(() -> new NotFoundException("Service request", id));
        boolean entitled = viewer.inAny(ServiceDesk.GROUPS)
                || (viewer.inAny(Groups.ENGINEER) && workOrders.existsByServiceRequestIdAndEngineerId(id, viewer.userId()));
        if (!entitled) {
            throw new NotFoundException("Service request", id);
        }
        return details(request);
    }

    /** The request page's view (/records/service-request.html?key=SR-…): as {@link #details}, with its open tasks. */
    public RecordView<ServiceRequestDetails> record(String requestNumber, Viewer viewer) {
        ServiceRequest request = requests.findByRequestNumber(requestNumber)
                .orElseThrow(() -> new NotFoundException("Service request", requestNumber));
        return new RecordView<>("service-request", requestNumber, details(request.getId(), viewer),
                openTasks.of(requestNumber, ServiceRequestProcess.KEY));
    }

    /** A work order as a person may see it: whoever may see its service request. */
    public WorkOrder workOrder(long id, Viewer viewer) {
        WorkOrder order = workOrders.findById(id).orElseThrow(() -> new NotFoundException("Work order", id));
        details(order.getServiceRequestId(), viewer);
        return order;
    }

    /** A request with its current (latest) work order, null before dispatch, and that order's parts. */
    public record CurrentWork(ServiceRequest request, WorkOrder workOrder, List<PartUsage> parts) {
    }

    /**
     * The request a service-request process works on, with its current work order and parts, for the process's
     * task forms (shown to whoever may read the task: the engine checks that first); no data permission applied.
     */
    public java.util.Optional<CurrentWork> currentWork(String processInstanceId) {
        return requests.findByProcessInstanceId(processInstanceId).map(request -> {
            WorkOrder order = workOrders.findFirstByServiceRequestIdOrderByIdDesc(request.getId()).orElse(null);
            return new CurrentWork(request, order,
                    order == null ? List.of() : parts.findByWorkOrderIdInOrderById(List.of(order.getId())));
        });
    }

    /** For the application itself (tests, reports): no data permission applied. */
    public ServiceRequestDetails details(long id) {
        return details(requests.findById(id).orElseThrow(() -> new NotFoundException("Service request", id)));
    }

    private ServiceRequestDetails details(ServiceRequest request) {
        List<WorkOrder> orders = workOrders.findByServiceRequestIdOrderById(request.getId());
        List<Long> orderIds = orders.stream().map(WorkOrder::getId).toList();
        return new ServiceRequestDetails(request, orders,
                orderIds.isEmpty() ? List.of() : parts.findByWorkOrderIdInOrderById(orderIds),
                orderIds.isEmpty() ? List.of() : factoryRepairs.findByWorkOrderIdIn(orderIds),
                settlements.findByServiceRequestId(request.getId()).orElse(null),
                visits.findByServiceRequestId(request.getId()).orElse(null),
                escalations.findByServiceRequestIdOrderById(request.getId()));
    }
}
