package com.relaycrm.device.web;

import com.relaycrm.device.DeviceGateway;
import com.relaycrm.device.PortState;
import java.util.List;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * {@code devicePorts} in /actuator/health: UP when every configured port is open, DEGRADED (HTTP 200, see
 * management.endpoint.health.status in application.yml) when one is not, so an unplugged card reader shows up
 * without taking the whole node out of a load balancer. Details (per port) for authorized users.
 */
@Component("devicePorts")
public class DevicePortsHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "a device port is not open");

    private final DeviceGateway gateway;

    DevicePortsHealthIndicator(DeviceGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public Health health() {
        List<PortState> ports = gateway.ports();
        long closed = ports.stream().filter(port -> !port.open()).count();
        Health.Builder health = closed == 0 ? Health.up() : Health.status(DEGRADED);
        health.withDetail("ports", ports.size()).withDetail("closed", closed);
        for (PortState port : ports) {
            health.withDetail(port.path(), (port.open() ? "open" : "closed") + ", " + port.deviceType() + " "
                    + port.deviceId() + ", frames " + port.framesStored() + ", rejected " + port.framesRejected()
                    + ", read errors " + port.readErrors() + ", last frame " + port.lastFrameAt()
                    + (port.lastError() == null ? "" : ", last error: " + port.lastError()));
        }
        return health.build();
    }
}
