package com.relaycrm.service;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.TextChecks;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.organisation.Groups;
import com.relaycrm.service.internal.FactoryRepairRepository;
import com.relaycrm.service.internal.PartUsageRepository;
import com.relaycrm.service.internal.ServiceDesk;
import com.relaycrm.service.internal.ServiceProperties;
import com.relaycrm.service.internal.ServiceText;
import com.relaycrm.service.internal.SettlementRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engineer's report (hours, parts with the old part replaced, result), factory repair (返修) and the charges
 * that follow: out of warranty the customer pays parts and labour; in warranty only labour, and only when it was
 * agreed as paid labour.
 */
@Service
@Transactional
public class RepairService {

    private final ServiceRequestService desk;
    private final PartUsageRepository parts;
    private final FactoryRepairRepository factoryRepairs;
    private final SettlementRepository settlements;
    private final CustomerService customers;
    private final ServiceProperties properties;

    RepairService(ServiceRequestService desk, PartUsageRepository parts, FactoryRepairRepository factoryRepairs,
                  SettlementRepository settlements, CustomerService customers, ServiceProperties properties) {
        this.desk = desk;
        this.parts = parts;
        this.factoryRepairs = factoryRepairs;
        this.settlements = settlements;
        this.customers = customers;
        this.properties = properties;
    }

    /** What the report means for the rest of the flow. */
    public record RepairReport(boolean factoryRepair, Settlement settlement) {

        public boolean settlementRequired() {
            return settlement != null;
        }
    }

    /**
     * The report of the engineer the request's current (accepted) work order belongs to; {@code partsJson} is the
     * table of parts as the report form sends it, JSON text of one object per part ({@link PartLines}).
     */
    public RepairReport report(String processInstanceId, BigDecimal labourHours, boolean paidLabour, String partsJson,
                        RepairOutcome outcome, String result, String engineer) {
        if (labourHours.signum() < 0) {
            throw new InvalidInputException("labourHours", "must not be negative");
        }
        String text = TextChecks.atMost("repairResult", "The repair result", result, ServiceText.NOTE);
        if (text == null) {
            throw new InvalidInputException("repairResult", "is required");
        }
        List<PartLines.PartLine> lines = PartLines.parse(partsJson);
        ServiceRequest request = desk.ofProcess(processInstanceId);
        WorkOrder order = desk.currentWorkOrder(request);
        ServiceRequestService.requireEngineer(order, engineer, "report on it");
        order.complete(labourHours, paidLabour, outcome, text);
        List<PartUsage> used = parts.saveAll(lines.stream().map(line -> new PartUsage(order.getId(), line)).toList());

        boolean outOfWarranty = request.getAssetId() == null
                || !customers.asset(request.getAssetId()).inWarrantyOn(LocalDate.now());
        BigDecimal partsAmount = outOfWarranty
                ? used.stream().map(PartUsage::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                : BigDecimal.ZERO;
        BigDecimal labourAmount = outOfWarranty || paidLabour
                ? labourHours.multiply(properties.labourRatePerHour()).setScale(2, RoundingMode.HALF_UP)
                : BigDecimal.ZERO;
        Settlement settlement = null;
        if (partsAmount.add(labourAmount).signum() > 0) {
            String reason = outOfWarranty ? "OUT_OF_WARRANTY" : "PAID_LABOUR";
            settlement = settlements.save(new Settlement(request.getId(), reason,
                    partsAmount.setScale(2, RoundingMode.HALF_UP), labourAmount));
        }
        boolean factoryRepair = outcome == RepairOutcome.FACTORY_REPAIR;
        request.status(factoryRepair ? RequestStatus.FACTORY_REPAIR
                : settlement != null ? RequestStatus.AWAITING_SETTLEMENT : RequestStatus.IN_REPAIR);
        return new RepairReport(factoryRepair, settlement);
    }

    /** The warehouse receives the part of the request's work order that goes to factory repair. */
    public FactoryRepair partReceived(String processInstanceId, String factoryReference, String note, String by) {
        desk.requireMember(by, "receive parts for factory repair", Groups.WAREHOUSE, Groups.ADMIN);
        String reference = TextChecks.atMost("factoryReference", "The factory's reference", factoryReference,
                ServiceText.REFERENCE);
        if (reference == null) {
            throw new InvalidInputException("factoryReference", "is required");
        }
        String text = TextChecks.atMost("receiptNote", "The receipt note", note, ServiceText.NOTE);
        ServiceRequest request = desk.ofProcess(processInstanceId);
        ServiceRequestService.requireStatus(request, "factoryReference", RequestStatus.FACTORY_REPAIR);
        long workOrderId = desk.currentWorkOrder(request).getId();
        if (factoryRepairs.findByWorkOrderId(workOrderId).isPresent()) {
            throw new InvalidInputException("workOrderId", "the part of work order " + workOrderId + " was already received");
        }
        return factoryRepairs.save(new FactoryRepair(workOrderId, reference, by, text));
    }

    /** The warehouse records the part back from the factory. */
    public FactoryRepair partReturned(String processInstanceId, String result, boolean toCustomer, String by) {
        desk.requireMember(by, "return parts from factory repair", Groups.WAREHOUSE, Groups.ADMIN);
        String text = TextChecks.atMost("factoryRepairResult", "The factory's repair result", result, ServiceText.NOTE);
        if (text == null) {
            throw new InvalidInputException("factoryRepairResult", "is required");
        }
        ServiceRequest request = desk.ofProcess(processInstanceId);
        ServiceRequestService.requireStatus(request, "factoryRepairResult", RequestStatus.FACTORY_REPAIR);
        long workOrderId = desk.currentWorkOrder(request).getId();
        FactoryRepair repair = factoryRepairs.findByWorkOrderId(workOrderId)
                .filter(received -> received.getReturnedAt() == null)
                .orElseThrow(() -> new InvalidInputException("workOrderId",
                        "no part of work order " + workOrderId + " is at the factory"));
        repair.returned(by, text, toCustomer);
        boolean unsettled = settlements.findByServiceRequestId(request.getId()).isPresent();
        request.status(unsettled ? RequestStatus.AWAITING_SETTLEMENT : RequestStatus.IN_REPAIR);
        return repair;
    }

    /** The service desk settles the charges of the request. */
    public Settlement settle(String processInstanceId, PaymentMethod method, String invoiceNumber, boolean paid, String by) {
        desk.requireMember(by, "settle service charges", ServiceDesk.GROUPS);
        String invoice = TextChecks.atMost("invoiceNumber", "The invoice number", invoiceNumber, ServiceText.REFERENCE);
        ServiceRequest request = desk.ofProcess(processInstanceId);
        ServiceRequestService.requireStatus(request, "paymentMethod", RequestStatus.AWAITING_SETTLEMENT);
        Settlement settlement = settlements.findByServiceRequestId(request.getId())
                .filter(open -> open.getSettledAt() == null)
                .orElseThrow(() -> new InvalidInputException("serviceRequestId",
                        "service request " + request.getRequestNumber() + " has no charges to settle"));
        if (method == PaymentMethod.INVOICE && invoice == null) {
            throw new InvalidInputException("invoiceNumber", "is required when paying by invoice");
        }
        settlement.settle(method, invoice, paid, by);
        return settlement;
    }
}
