package com.relaycrm.device.handlers;

import com.relaycrm.customer.Asset;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.device.DeviceMessage.SensorValue;
import com.relaycrm.device.DeviceMessage;
import com.relaycrm.device.DeviceType;
import com.relaycrm.device.FrameRejectedException;
import com.relaycrm.device.SensorThresholdDecision;
import com.relaycrm.device.StoredFrame;
import com.relaycrm.rules.DecisionTables;
import com.relaycrm.service.RequestType;
import com.relaycrm.service.ServiceRequest;
import com.relaycrm.service.ServiceRequestService;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A sensor reading is kept as the asset's history; one outside the normal range of the {@code alerts-sensors} table
 * (by asset type and metric) opens a repair request on the asset through the service desk, unless a request on it
 * is still open (then the reading is linked to that request). A breach locks the asset's row before it looks for an
 * open request, so breaches of one asset racing from different sensors (or nodes) open one request, not two.
 */
@Component
public class SensorReadingHandler implements FrameHandler {

    static final String TABLE = "alerts-sensors";

    private final CustomerService customers;
    private final ServiceRequestService serviceRequests;
    private final DecisionTables decisionTables;
    private final SensorReadingRepository readings;

    SensorReadingHandler(CustomerService customers, ServiceRequestService serviceRequests,
                         DecisionTables decisionTables, SensorReadingRepository readings) {
        this.customers = customers;
        this.serviceRequests = serviceRequests;
        this.decisionTables = decisionTables;
        this.readings = readings;
    }

    @Override
    public DeviceType type() {
        return DeviceType.SENS;
    }

    @Override
    public String handle(StoredFrame frame, DeviceMessage message) {
        SensorValue value = (SensorValue) message;
        Asset asset = customers.assetBySerial(value.assetSerial())
                .orElseThrow(() -> new FrameRejectedException("unknown asset " + value.assetSerial()));
        SensorThresholdDecision limits = decisionTables.decide(TABLE,
                new SensorThresholdDecision(asset.getAssetType(), value.metric()));
        SensorReading reading = new SensorReading(frame.id(), asset.getId(), value.deviceId(), value.metric(),
                value.value(), value.measuredAt(), limits);
        if (!reading.isBreach()) {
            readings.save(reading);
            return "reading within limits";
        }
        customers.lockAsset(asset.getId());
        Optional<ServiceRequest> open = serviceRequests.openRequestForAsset(asset.getId());
        if (open.isPresent()) {
            reading.raised(open.get().getId());
            readings.save(reading);
            return "breach; service request " + open.get().getRequestNumber() + " already open";
        }
        ServiceRequest request = serviceRequests.openForAsset(asset.getId(), RequestType.REPAIR,
                "Sensor alarm: " + value.metric() + " " + value.value().toPlainString() + " on "
                        + asset.getSerialNumber(),
                "Sensor " + value.deviceId() + " measured " + value.metric() + " = " + value.value().toPlainString()
                        + " at " + value.measuredAt() + "; normal range " + range(limits) + " (rule "
                        + limits.getRule() + " of " + TABLE + ").",
                "device:" + value.deviceId());
        reading.raised(request.getId());
        readings.save(reading);
        return "breach; service request " + request.getRequestNumber() + " opened";
    }

    private static String range(SensorThresholdDecision limits) {
        return (limits.getMin() == null ? "-inf" : limits.getMin().toPlainString()) + " .. "
                + (limits.getMax() == null ? "+inf" : limits.getMax().toPlainString());
    }
}
