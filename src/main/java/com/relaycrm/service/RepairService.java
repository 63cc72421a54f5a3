package com.relaycrm.service;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.customer.CustomerService;
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
    record RepairReport(boolean factoryRepair, Settlement settlement) {

        boolean settlementRequired() {
            return settlement != null;
        }
    }

    RepairReport report(long workOrderId, BigDecimal labourHours, boolean paidLabour, String partsText,
                        RepairOutcome outcome, String result) {
        if (labourHours.signum() < 0) {
            throw new InvalidInputException("labourHours", "must not be negative");
        }
        if (result == null || result.isBlank()) {
            throw new InvalidInputException("repairResult", "is required");
        }
        List<PartLines.PartLine> lines = PartLines.parse(partsText);
        WorkOrder order = desk.workOrder(workOrderId);
        order.complete(labourHours, paidLabour, outcome, result.trim());
        List<PartUsage> used = parts.saveAll(lines.stream().map(line -> new PartUsage(order.getId(), line)).toList());

        ServiceRequest request = desk.request(order.getServiceRequestId());
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

    FactoryRepair partReceived(long workOrderId, String factoryReference, String note, String by) {
        if (factoryRepairs.findByWorkOrderId(workOrderId).isPresent()) {
            throw new InvalidInputException("workOrderId", "the part of work order " + workOrderId + " was already received");
        }
        desk.workOrder(workOrderId);
        return factoryRepairs.save(new FactoryRepair(workOrderId, factoryReference, by, note));
    }

    FactoryRepair partReturned(long workOrderId, String result, boolean toCustomer, String by) {
        FactoryRepair repair = factoryRepairs.findByWorkOrderId(workOrderId)
                .orElseThrow(() -> new InvalidInputException("workOrderId",
                        "no part of work order " + workOrderId + " is at the factory"));
        repair.returned(by, result, toCustomer);
        ServiceRequest request = desk.request(desk.workOrder(workOrderId).getServiceRequestId());
        boolean unsettled = settlements.findByServiceRequestId(request.getId()).isPresent();
        request.status(unsettled ? RequestStatus.AWAITING_SETTLEMENT : RequestStatus.IN_REPAIR);
        return repair;
    }

    Settlement settle(long requestId, PaymentMethod method, String invoiceNumber, boolean paid, String by) {
        Settlement settlement = settlements.findByServiceRequestId(requestId)
                .orElseThrow(() -> new InvalidInputException("serviceRequestId",
                        "service request " + requestId + " has no charges to settle"));
        if (method == PaymentMethod.INVOICE && (invoiceNumber == null || invoiceNumber.isBlank())) {
            throw new InvalidInputException("invoiceNumber", "is required when paying by invoice");
        }
        settlement.settle(method, invoiceNumber, paid, by);
        return settlement;
    }
}
