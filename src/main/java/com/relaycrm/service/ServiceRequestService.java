package com.relaycrm.service;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.NotFoundException;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Asset;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.organisation.Groups;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.ProcessStarter;
import com.relaycrm.service.ServiceRequestCommands.NewServiceRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service desk: opening, triaging and dispatching service requests, and tracking their service levels.
 * The {@code service-request} process calls it through its delegates; the REST API opens requests through it.
 */
@Service
@Transactional
public class ServiceRequestService {

    public static final String PROCESS_KEY = "service-request";
    static final String[] DESK = {Groups.ADMIN, Groups.SERVICE, Groups.SERVICE_MANAGER};

    private final ServiceRequestRepository requests;
    private final WorkOrderRepository workOrders;
    private final SlaEscalationRepository escalations;
    private final CustomerService customers;
    private final OrganisationService organisation;
    private final ServiceTriage triage;
    private final ProcessStarter processStarter;

    ServiceRequestService(ServiceRequestRepository requests, WorkOrderRepository workOrders,
                          SlaEscalationRepository escalations, CustomerService customers,
                          OrganisationService organisation, ServiceTriage triage, ProcessStarter processStarter) {
        this.requests = requests;
        this.workOrders = workOrders;
        this.escalations = escalations;
        this.customers = customers;
        this.organisation = organisation;
        this.triage = triage;
        this.processStarter = processStarter;
    }

    /** Opens a request from the API: stores it, then starts its process (both or neither). */
    public ServiceRequest open(NewServiceRequest command, Viewer viewer) {
        viewer.requireAny("open service requests", DESK);
        return openFor(command, viewer.userId());
    }

    /**
     * Opens a request on behalf of another business area's process (a damaged loan return, a service plan turned
     * into a work order): the same record and process as {@link #open}, without a desk user's permission check,
     * since the calling process has already decided that a request is due.
     */
    public ServiceRequest openFor(NewServiceRequest command, String requestedBy) {
        ServiceRequest request = register(command.customerId(), command.assetId(), command.type(), command.subject(),
                command.description(), requestedBy);
        processStarter.start(PROCESS_KEY, request.getRequestNumber(),
                Map.of(ServiceVariables.SERVICE_REQUEST_ID, request.getId()));
        return request;
    }

    /**
     * Opens a request raised by a device (a sensor reading over its threshold) on an asset, for the asset's customer,
     * and starts its process with the request number as business key.
     */
    public ServiceRequest openForAsset(long assetId, RequestType type, String subject, String description,
                                      String raisedBy) {
        Asset asset = customers.asset(assetId);
        return openFor(new NewServiceRequest(asset.getCustomerId(), asset.getId(), type, subject, description),
                raisedBy);
    }

    /** The newest request on an asset that is neither resolved nor closed, if any. */
    @Transactional(readOnly = true)
    public Optional<ServiceRequest> openRequestForAsset(long assetId) {
        return requests.findFirstByAssetIdAndStatusNotInOrderByIdDesc(assetId,
                List.of(RequestStatus.RESOLVED, RequestStatus.CLOSED));
    }

    /** Opens a request from Tasklist's start form, where customer and asset are given by code and serial. */
    ServiceRequest registerFromForm(String customerCode, String assetSerial, RequestType type, String subject,
                                    String description, String userId) {
        Customer customer = customers.customerByCode(customerCode)
                .orElseThrow(() -> new InvalidInputException("customerCode", "no customer with code " + customerCode));
        Long assetId = null;
        if (assetSerial != null) {
            assetId = customers.assetBySerial(assetSerial)
                    .orElseThrow(() -> new InvalidInputException("assetSerial", "no asset with serial number " + assetSerial))
                    .getId();
        }
        return register(customer.getId(), assetId, type, subject, description, userId);
    }

    private ServiceRequest register(Long customerId, Long assetId, RequestType type, String subject,
                                    String description, String userId) {
        Customer customer;
        try {
            customer = customers.customer(customerId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("customerId", "no customer " + customerId);
        }
        if (assetId != null) {
            Asset asset;
            try {
                asset = customers.asset(assetId);
            } catch (NotFoundException e) {
                throw new InvalidInputException("assetId", "no asset " + assetId);
            }
            if (!asset.getCustomerId().equals(customer.getId())) {
                throw new InvalidInputException("assetId", "asset " + asset.getSerialNumber()
                        + " does not belong to customer " + customer.getCode());
            }
        }
        if (subject == null || subject.isBlank()) {
            throw new InvalidInputException("subject", "is required");
        }
        if (description == null || description.isBlank()) {
            throw new InvalidInputException("description", "is required");
        }
        ServiceRequest request = requests.save(new ServiceRequest(customer.getId(), assetId, type, subject.trim(),
                description.trim(), userId));
        request.assignNumber();
        return request;
    }

    ServiceRequest attachProcess(long requestId, String processInstanceId) {
        ServiceRequest request = request(requestId);
        request.attachProcess(processInstanceId);
        return request;
    }

    /** The variables Tasklist forms show about a request: small strings only, the record stays in the tables. */
    Map<String, Object> formVariables(ServiceRequest request) {
        Customer customer = customers.customer(request.getCustomerId());
        Map<String, Object> variables = new HashMap<>();
        variables.put(ServiceVariables.SERVICE_REQUEST_ID, request.getId());
        variables.put("requestNumber", request.getRequestNumber());
        variables.put("customerName", customer.getName());
        variables.put("memberTier", customer.getMemberTier().name());
        variables.put("requestType", request.getRequestType().name());
        variables.put("subject", request.getSubject());
        variables.put("description", request.getDescription());
        if (request.getAssetId() != null) {
            Asset asset = customers.asset(request.getAssetId());
            variables.put("assetSerial", asset.getSerialNumber());
            variables.put("warrantyStatus", asset.inWarrantyOn(LocalDate.now())
                    ? "In warranty until " + asset.getWarrantyEnd()
                    : "Out of warranty since " + asset.getWarrantyEnd());
        } else {
            variables.put("warrantyStatus", "No asset registered");
        }
        return variables;
    }

    /** Queue and priority from the triage table, then service level deadlines from the SLA table. */
    Map<String, Object> triage(long requestId) {
        ServiceRequest request = request(requestId);
        Customer customer = customers.customer(request.getCustomerId());
        TriageDecision decision = triage.triage(request.getRequestType(), customer.getMemberTier());
        SlaTargetDecision targets = triage.targets(decision.getQueue(), decision.getPriority());
        Instant now = Instant.now();
        request.triaged(decision.getQueue(), decision.getPriority(),
                decision.getRule() + "@" + decision.getTableVersion(),
                now.plus(targets.getFirstResponse()), now.plus(targets.getResolution()));
        return Map.of(
                "queue", decision.getQueue(),
                "priority", decision.getPriority(),
                ServiceVariables.FIRST_RESPONSE_DUE_AT, Date.from(request.getFirstResponseDueAt()),
                ServiceVariables.RESOLUTION_DUE_AT, Date.from(request.getResolutionDueAt()));
    }

    /** Dispatches the request to an engineer; the first dispatch is the request's first response. */
    WorkOrder dispatch(long requestId, String engineerId, String note, String dispatcher) {
        organisation.requireMember("engineerId", engineerId, Groups.ENGINEER);
        ServiceRequest request = request(requestId);
        request.dispatched(Instant.now());
        return workOrders.save(new WorkOrder(request.getId(), engineerId, dispatcher, note));
    }

    /** Records the engineer's answer; a rejection needs a reason and sends the request back to dispatch. */
    boolean decide(long workOrderId, EngineerDecision decision, String reason) {
        WorkOrder order = workOrder(workOrderId);
        if (decision == EngineerDecision.ACCEPT) {
            order.accept();
            request(order.getServiceRequestId()).status(RequestStatus.IN_REPAIR);
            return true;
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("rejectionReason", "is required when rejecting a work order");
        }
        order.reject(reason.trim());
        request(order.getServiceRequestId()).status(RequestStatus.TRIAGED);
        return false;
    }

    void resolve(long requestId) {
        request(requestId).resolved(Instant.now());
    }

    /**
     * A service level timer fired. Records the breach unless the target was met meanwhile or the breach is already
     * recorded; returns whether the service manager must be asked to act.
     */
    boolean recordBreach(long requestId, SlaKind kind) {
        ServiceRequest request = request(requestId);
        if (request.met(kind) || escalations.findByServiceRequestIdAndSlaKind(requestId, kind).isPresent()) {
            return false;
        }
        escalations.save(new SlaEscalation(requestId, kind));
        return true;
    }

    void escalationHandled(long requestId, SlaKind kind, String action, String by) {
        escalations.findByServiceRequestIdAndSlaKind(requestId, kind)
                .orElseThrow(() -> new NotFoundException(kind + " escalation of service request", requestId))
                .handled(by, action);
    }

    ServiceRequest request(long id) {
        return requests.findById(id).orElseThrow(() -> new NotFoundException("Service request", id));
    }

    WorkOrder workOrder(long id) {
        return workOrders.findById(id).orElseThrow(() -> new NotFoundException("Work order", id));
    }
}
