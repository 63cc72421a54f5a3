package com.relaycrm.service;

import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.Idempotency;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.NotFoundException;
import com.relaycrm.common.TextChecks;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Asset;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.organisation.Groups;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.service.ServiceRequestCommands.NewServiceRequest;
import com.relaycrm.service.internal.ServiceDesk;
import com.relaycrm.service.internal.ServiceRequestRepository;
import com.relaycrm.service.internal.ServiceText;
import com.relaycrm.service.internal.ServiceTriage;
import com.relaycrm.service.internal.SlaEscalationRepository;
import com.relaycrm.service.internal.WorkOrderRepository;
import com.relaycrm.service.process.ServiceRequestProcess;
import com.relaycrm.service.process.ServiceRequestProcess.Data;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The service desk: opening, triaging and dispatching service requests, and tracking their service levels.
 * The {@code service-request} process calls it through its delegates; the REST API opens requests through it.
 */
@Service
@Transactional
public class ServiceRequestService {

    /** The process key, for callers outside the module: {@link ServiceRequestProcess#KEY}. */
    public static final String PROCESS_KEY = ServiceRequestProcess.KEY;
    /** Length of service_request.subject. */
    static final int SUBJECT_LENGTH = 200;

    private final ServiceRequestRepository requests;
    private final WorkOrderRepository workOrders;
    private final SlaEscalationRepository escalations;
    private final CustomerService customers;
    private final OrganisationService organisation;
    private final ServiceTriage triage;
    private final ServiceRequestProcess process;
    private final Idempotency idempotency;

    ServiceRequestService(ServiceRequestRepository requests, WorkOrderRepository workOrders,
                          SlaEscalationRepository escalations, CustomerService customers,
                          OrganisationService organisation, ServiceTriage triage, ServiceRequestProcess process,
                          Idempotency idempotency) {
        this.idempotency = idempotency;
        this.requests = requests;
        this.workOrders = workOrders;
        this.escalations = escalations;
        this.customers = customers;
        this.organisation = organisation;
        this.triage = triage;
        this.process = process;
    }

    /** Opens a request from the API: stores it, then starts its process (both or neither). */
    public ServiceRequest open(NewServiceRequest command, Viewer viewer) {
        viewer.requireAny("open service requests", ServiceDesk.GROUPS);
        return openFor(command, viewer.userId());
    }

    /**
     * Opens a request from the API under the client's {@code Idempotency-Key} ({@link Idempotency}): a retry with the
     * same key and command answers the request opened first and opens nothing; the same key with another command is
     * refused. Without a key: as {@link #open(NewServiceRequest, Viewer)}, in a transaction of its own.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Idempotency.Entry<ServiceRequest> open(NewServiceRequest command, Viewer viewer, String idempotencyKey) {
        viewer.requireAny("open service requests", ServiceDesk.GROUPS);
        return idempotency.create(idempotencyKey, command, "service request",
                () -> requests.findByCreatedByAndIdempotentEntryIdempotencyKey(viewer.userId(), idempotencyKey),
                digest -> openFor(command, viewer.userId(), idempotencyKey, digest));
    }

    /**
     * Opens a request on behalf of another business area's process (a damaged loan return, a service plan turned
     * into a work order): the same record and process as {@link #open}, without a desk user's permission check,
     * since the calling process has already decided that a request is due.
     */
    public ServiceRequest openFor(NewServiceRequest command, String requestedBy) {
        return openFor(command, requestedBy, null, null);
    }

    private ServiceRequest openFor(NewServiceRequest command, String requestedBy, String idempotencyKey,
                                   String digest) {
        ServiceRequest request = register(command.customerId(), command.assetId(), command.type(), command.subject(),
                command.description(), requestedBy, idempotencyKey, digest);
        process.start(request);
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

    // ---------------------------------------------------------------- the process's steps (called by its delegates)

    /** Opens a request from Tasklist's start form, where customer and asset are given by code and serial. */
    public ServiceRequest registerFromForm(String customerCode, String assetSerial, RequestType type, String subject,
                                    String description, String userId) {
        Customer customer = customers.customerByCode(customerCode)
                .orElseThrow(() -> new InvalidInputException("customerCode", "no customer with code " + customerCode,
                        "没有编号为 " + customerCode + " 的客户"));
        Long assetId = null;
        if (assetSerial != null) {
            assetId = customers.assetBySerial(assetSerial)
                    .orElseThrow(() -> new InvalidInputException("assetSerial", "no asset with serial number " + assetSerial,
                            "没有序列号为 " + assetSerial + " 的资产"))
                    .getId();
        }
        return register(customer.getId(), assetId, type, subject, description, userId);
    }

    private ServiceRequest register(Long customerId, Long assetId, RequestType type, String subject,
                                    String description, String userId) {
        return register(customerId, assetId, type, subject, description, userId, null, null);
    }

    private ServiceRequest register(Long customerId, Long assetId, RequestType type, String subject,
                                    String description, String userId, String idempotencyKey, String digest) {
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
        String title = TextChecks.atMost("subject", "The subject", subject, SUBJECT_LENGTH);
        if (title == null) {
            throw new InvalidInputException("subject", "is required");
        }
        String text = TextChecks.atMost("description", "The description", description, ServiceText.NOTE);
        if (text == null) {
            throw new InvalidInputException("description", "is required");
        }
        ServiceRequest entered = new ServiceRequest(customer.getId(), assetId, type, title, text, userId);
        if (idempotencyKey != null) {
            entered.enteredUnder(idempotencyKey, digest);
        }
        // the insert (under a key already taken by a transaction not yet committed: waits for it) comes first, before
        // the number and the process: a lost race on the key opens nothing else
        ServiceRequest request = requests.saveAndFlush(entered);
        request.assignNumber();
        return request;
    }

    /** Binds a new process to its request, which must have no process yet (a second one is refused). */
    public ServiceRequest attachProcess(long requestId, String processInstanceId) {
        ServiceRequest request = requests.findById(requestId).orElseThrow(() ->
                new InvalidInputException(Data.SERVICE_REQUEST_ID, "no service request " + requestId));
        request.attachProcess(processInstanceId);
        return request;
    }

    /**
     * The request a service-request process works on: the one whose record names this process instance, never an
     * id from the process's variables (which a user can write).
     */
    ServiceRequest ofProcess(String processInstanceId) {
        Map<String, Long> found = foundInTransaction();
        Long id = found == null ? null : found.get(processInstanceId);
        if (id != null) {
            // found earlier in this transaction (the repair report, then closing): the persistence context holds it,
            // so neither a second query nor the flush before it
            Optional<ServiceRequest> known = requests.findById(id);
            if (known.isPresent() && processInstanceId.equals(known.get().getProcessInstanceId())) {
                return known.get();
            }
        }
        ServiceRequest request = requests.findByProcessInstanceId(processInstanceId).orElseThrow(() ->
                new InvalidInputException(Data.SERVICE_REQUEST_ID,
                        "this process is not the process of any service request"));
        if (found != null) {
            found.put(processInstanceId, request.getId());
        }
        return request;
    }

    private static final String FOUND_IN_TRANSACTION = ServiceRequestService.class.getName() + ".ofProcess";

    /** Process instance to request id, for the current transaction only (null outside one). */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> foundInTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<String, Long> found = (Map<String, Long>) TransactionSynchronizationManager.getResource(
                FOUND_IN_TRANSACTION);
        if (found == null) {
            Map<String, Long> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(FOUND_IN_TRANSACTION, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResource(FOUND_IN_TRANSACTION);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(FOUND_IN_TRANSACTION, fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(FOUND_IN_TRANSACTION);
                }
            });
            found = fresh;
        }
        return found;
    }

    /** The request's latest work order: the one its process is working on. */
    WorkOrder currentWorkOrder(ServiceRequest request) {
        return workOrders.findFirstByServiceRequestIdOrderByIdDesc(request.getId()).orElseThrow(() ->
                new InvalidInputException(Data.WORK_ORDER_ID, "service request "
                        + request.getRequestNumber() + " has no work order"));
    }

    /** Refuses a step to someone outside the groups that do it. */
    void requireMember(String userId, String action, String... groups) {
        if (!organisation.isMemberOfAny(userId, groups)) {
            throw new AccessDeniedException(userId + " may not " + action);
        }
    }

    /** Refuses a step on the work order to anyone but its engineer. */
    static void requireEngineer(WorkOrder order, String userId, String action) {
        if (!order.getEngineerId().equals(userId)) {
            throw new AccessDeniedException(userId + " is not the engineer of work order " + order.getId()
                    + " and may not " + action);
        }
    }

    static void requireStatus(ServiceRequest request, String field, RequestStatus... allowed) {
        for (RequestStatus status : allowed) {
            if (request.getStatus() == status) {
                return;
            }
        }
        throw new InvalidInputException(field, "service request " + request.getRequestNumber() + " is "
                + request.getStatus() + ", not " + java.util.Arrays.toString(allowed));
    }

    /** The name of the request's customer, for its task cards. */
    public String customerName(ServiceRequest request) {
        return customers.customer(request.getCustomerId()).getName();
    }

    /**
     * What the request's task forms show about it from the customer's records (its own fields the forms read from
     * the request): the customer's phone and contacts, the asset and its warranty today.
     */
    public record RequestCard(String customerContact, String assetSerial, String warrantyStatus) {
    }

    public RequestCard card(ServiceRequest request) {
        String assetSerial = null;
        String warrantyStatus;
        if (request.getAssetId() != null) {
            Asset asset = customers.asset(request.getAssetId());
            assetSerial = asset.getSerialNumber();
            warrantyStatus = asset.inWarrantyOn(LocalDate.now())
                    ? "In warranty until " + asset.getWarrantyEnd()
                    : "Out of warranty since " + asset.getWarrantyEnd();
        } else {
            warrantyStatus = "No asset registered";
        }
        return new RequestCard(customers.reachableAt(request.getCustomerId()), assetSerial, warrantyStatus);
    }

    /** Queue and priority from the triage table, then service level deadlines from the SLA table. */
    public ServiceRequest triage(String processInstanceId) {
        ServiceRequest request = ofProcess(processInstanceId);
        requireStatus(request, Data.SERVICE_REQUEST_ID, RequestStatus.OPEN);
        Customer customer = customers.customer(request.getCustomerId());
        TriageDecision decision = triage.triage(request.getRequestType(), customer.getMemberTier());
        SlaTargetDecision targets = triage.targets(decision.getQueue(), decision.getPriority());
        Instant now = Instant.now();
        request.triaged(decision.getQueue(), decision.getPriority(),
                decision.getRule() + "@" + decision.getTableVersion(),
                now.plus(targets.getFirstResponse()), now.plus(targets.getResolution()));
        return request;
    }

    /**
     * The service desk dispatches the request to an engineer, while it waits for one (triaged, or back after a
     * rejection); the first dispatch is the request's first response.
     */
    public WorkOrder dispatch(String processInstanceId, String engineerId, String note, String dispatcher) {
        requireMember(dispatcher, "dispatch service requests", ServiceDesk.GROUPS);
        organisation.requireMember("engineerId", engineerId, Groups.ENGINEER);
        String text = TextChecks.atMost("dispatchNote", "The dispatch note", note, ServiceText.NOTE);
        ServiceRequest request = ofProcess(processInstanceId);
        requireStatus(request, "engineerId", RequestStatus.TRIAGED);
        request.dispatched(Instant.now());
        return workOrders.save(new WorkOrder(request.getId(), engineerId, dispatcher, text));
    }

    /**
     * Records the answer of the engineer the request's current work order was dispatched to; a rejection needs a
     * reason and sends the request back to dispatch.
     */
    public WorkOrder decide(String processInstanceId, EngineerDecision decision, String reason, String engineer) {
        ServiceRequest request = ofProcess(processInstanceId);
        WorkOrder order = currentWorkOrder(request);
        requireEngineer(order, engineer, "accept or reject it");
        if (decision == EngineerDecision.ACCEPT) {
            order.accept();
            request.status(RequestStatus.IN_REPAIR);
            return order;
        }
        String why = TextChecks.atMost("rejectionReason", "The reason for rejecting", reason, ServiceText.NOTE);
        if (why == null) {
            throw new InvalidInputException("rejectionReason", "is required when rejecting a work order");
        }
        order.reject(why);
        request.status(RequestStatus.TRIAGED);
        return order;
    }

    public void resolve(String processInstanceId) {
        ServiceRequest request = ofProcess(processInstanceId);
        requireStatus(request, Data.SERVICE_REQUEST_ID, RequestStatus.IN_REPAIR,
                RequestStatus.AWAITING_SETTLEMENT);
        request.resolved(Instant.now());
    }

    /**
     * A service level timer fired. Records the breach unless the target was met meanwhile or the breach is already
     * recorded; returns whether the service manager must be asked to act.
     */
    public boolean recordBreach(String processInstanceId, SlaKind kind) {
        ServiceRequest request = ofProcess(processInstanceId);
        long requestId = request.getId();
        if (request.met(kind) || escalations.findByServiceRequestIdAndSlaKind(requestId, kind).isPresent()) {
            return false;
        }
        escalations.save(new SlaEscalation(requestId, kind));
        return true;
    }

    public void escalationHandled(String processInstanceId, SlaKind kind, String action, String by) {
        requireMember(by, "handle service level escalations", Groups.SERVICE_MANAGER, Groups.ADMIN);
        String text = TextChecks.atMost("escalationAction", "What was done", action, ServiceText.NOTE);
        if (text == null) {
            throw new InvalidInputException("escalationAction", "is required");
        }
        ServiceRequest request = ofProcess(processInstanceId);
        SlaEscalation escalation = escalations.findByServiceRequestIdAndSlaKind(request.getId(), kind)
                .orElseThrow(() -> new InvalidInputException("escalationAction", "service request "
                        + request.getRequestNumber() + " has no " + kind + " escalation"));
        if (escalation.getHandledAt() != null) {
            throw new InvalidInputException("escalationAction", "the " + kind + " escalation of service request "
                    + request.getRequestNumber() + " was handled already");
        }
        escalation.handled(by, text);
    }

    ServiceRequest request(long id) {
        return requests.findById(id).orElseThrow(() -> new NotFoundException("Service request", id));
    }

    WorkOrder workOrder(long id) {
        return workOrders.findById(id).orElseThrow(() -> new NotFoundException("Work order", id));
    }
}
