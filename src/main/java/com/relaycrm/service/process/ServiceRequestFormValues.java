package com.relaycrm.service.process;

import com.relaycrm.common.DisplayText;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.FormRecordValues;
import com.relaycrm.service.PartUsage;
import com.relaycrm.service.ServiceRequest;
import com.relaycrm.service.ServiceRequestQueries;
import com.relaycrm.service.ServiceRequestQueries.CurrentWork;
import com.relaycrm.service.ServiceRequestService;
import com.relaycrm.service.ServiceRequestService.RequestCard;
import com.relaycrm.service.WorkOrder;
import com.relaycrm.service.process.ServiceRequestProcess.Variables;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the service request's task forms show from its records, read when a form opens: the customer's contact, the
 * request's type, description, asset and warranty, its queue and priority from triage, who dispatched the current
 * work order to whom, and the parts its repair used. None of these is a process variable; the task cards' request
 * number, customer and subject are ({@link ServiceRequestProcess#setCard}).
 */
@Component
class ServiceRequestFormValues implements FormRecordValues {

    private final ServiceRequestQueries queries;
    private final ServiceRequestService desk;
    private final OrganisationService organisation;

    ServiceRequestFormValues(ServiceRequestQueries queries, ServiceRequestService desk,
                             OrganisationService organisation) {
        this.queries = queries;
        this.desk = desk;
        this.organisation = organisation;
    }

    @Override
    public String processKey() {
        return ServiceRequestProcess.KEY;
    }

    @Override
    public Map<String, Object> values(String processInstanceId) {
        CurrentWork work = queries.currentWork(processInstanceId).orElse(null);
        if (work == null) {
            return Map.of();
        }
        ServiceRequest request = work.request();
        RequestCard card = desk.card(request);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(Variables.CUSTOMER_CONTACT, card.customerContact());
        values.put(Variables.REQUEST_TYPE, request.getRequestType().name());
        values.put(Variables.DESCRIPTION, request.getDescription());
        if (card.assetSerial() != null) {
            values.put(Variables.ASSET_SERIAL, card.assetSerial());
        }
        values.put(Variables.WARRANTY_STATUS, card.warrantyStatus());
        if (request.getQueue() != null) {
            values.put(Variables.QUEUE, request.getQueue());
            values.put(Variables.PRIORITY_LABEL, ServiceRequestProcess.priorityLabel(request.getPriority()));
        }
        WorkOrder current = work.workOrder();
        if (current != null) {
            // both people's names from one query
            Map<String, String> names = organisation.namesAndIds(Arrays.asList(current.getDispatchedBy(),
                    current.getEngineerId()));
            values.put(Variables.DISPATCHED_BY, names.get(current.getDispatchedBy()));
            values.put(Variables.ENGINEER_NAME, names.get(current.getEngineerId()));
            if (current.getOutcome() != null) {
                values.put(Variables.PARTS_SUMMARY, partsSummary(work.parts()));
            }
        }
        return values;
    }

    /** "P-200 Fuser unit × 1 at CNY 120.00 = CNY 120.00 (old part FU-1)", one line per part. */
    static String partsSummary(List<PartUsage> parts) {
        if (parts.isEmpty()) {
            return "No parts used / 未使用配件";
        }
        return parts.stream().map(part -> part.getPartNumber() + " " + part.getDescription() + " × "
                + part.getQuantity() + " at / 单价 " + DisplayText.money(part.getUnitPrice()) + " = "
                + DisplayText.money(part.amount())
                + (part.getOldPartSerial() != null ? " (old part / 旧件 " + part.getOldPartSerial() + ")" : ""))
                .collect(Collectors.joining("\n"));
    }
}
